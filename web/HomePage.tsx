import Link from 'next/link'

export function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-semibold">内容中台 · Campaign CMS</h1>
      <p className="mt-4 text-stone-600">选题、写作、审核、排期、发布：公众号、微博、头条号，一处完成。</p>
      <Link className="mt-8 inline-block rounded bg-emerald-600 px-4 py-2 text-white" href="/admin">
        进入后台 →
      </Link>
    </main>
  )
}
