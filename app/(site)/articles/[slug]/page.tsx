import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticlePage } from '../../../../web/articles/ArticlePage'
import { loadPublishedArticle } from '../../../../web/articles/loadPublishedArticle'

type Args = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const article = await loadPublishedArticle((await params).slug)
  return article ? { title: article.title, description: article.digest ?? undefined } : { title: '文章不存在' }
}

export default async function Page({ params }: Args) {
  const article = await loadPublishedArticle((await params).slug)
  if (!article) notFound()
  return <ArticlePage article={article} />
}
