import type { PublicArticle } from './loadPublishedArticle'

export function ArticlePage({ article }: { article: PublicArticle }) {
  const date = new Date(article.publishedAt).toLocaleDateString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  })
  return (
    <main className="mx-auto max-w-2xl px-4 py-10">
      <article>
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{article.title}</h1>
        <p className="mt-3 text-sm text-stone-500">
          {article.author ? `${article.author} · ` : ''}
          {date}
        </p>
        {article.coverUrl && <img className="mt-6 w-full rounded-lg" src={article.coverUrl} alt={article.coverAlt} />}
        {article.digest && <p className="mt-6 border-l-4 border-emerald-500 pl-4 text-stone-600">{article.digest}</p>}
        {/* renderPublicHtml escapes the Markdown source: raw HTML is off and links are allow-listed. */}
        <div className="prose prose-stone mt-8 max-w-none" dangerouslySetInnerHTML={{ __html: article.html }} />
      </article>
    </main>
  )
}
