import Link from 'next/link'

export default function HomePage() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>内容中台 · Campaign CMS</h1>
      <p>选题、写作、审核、排期、发布：公众号、微博、头条号，一处完成。</p>
      <p>
        <Link href="/admin">进入后台 →</Link>
      </p>
    </main>
  )
}
