import type { PlatformId, RenderInput } from '../../templates'
import type { ContentDoc, ContentSlug } from '../content'
import type { Article, Media, Poster, Video } from '../payload-types'

/** Any of the three kinds read field by field: a field its kind lacks reads as absent. */
type ContentFields = Partial<Article & Video & Poster>

/** The public page of an article (what Weibo posts and WeChat's 阅读原文 link to). */
export function publicArticleUrl(args: { serverUrl: string; slug: unknown }): string | null {
  return typeof args.slug === 'string' && args.slug
    ? `${args.serverUrl.replace(/\/$/, '')}/articles/${encodeURIComponent(args.slug)}`
    : null
}

function mediaUrl(args: { serverUrl: string; media: string | number | Media | null | undefined }): string | null {
  const url = args.media && typeof args.media === 'object' ? args.media.url : null
  if (typeof url !== 'string' || !url) return null
  return /^https?:\/\//.test(url) ? url : `${args.serverUrl.replace(/\/$/, '')}${url}`
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * What the platform renderer needs from a document (populated to depth 1 so media carry their URL):
 * the platform's variant overrides the title, digest and body where it says something.
 */
export function renderInputFor(args: {
  collection: ContentSlug
  doc: ContentDoc
  platform: PlatformId
  serverUrl: string
  theme?: string | null
}): RenderInput {
  const { platform } = args
  const doc: ContentFields = args.doc
  const variant = Array.isArray(doc.variants) ? doc.variants.find((v) => v?.platform === platform) : undefined
  const base = args.collection === 'articles' ? text(doc.body) : args.collection === 'videos' ? text(doc.description) : text(doc.copy)
  const cover = args.collection === 'posters' ? doc.image : doc.cover
  return {
    title: text(variant?.title) || text(doc.title),
    digest: text(variant?.digest) || text(doc.digest) || null,
    markdown: text(variant?.body) || base,
    coverUrl: mediaUrl({ serverUrl: args.serverUrl, media: cover }),
    publicUrl: args.collection === 'articles' ? publicArticleUrl({ serverUrl: args.serverUrl, slug: doc.slug }) : null,
    theme: args.theme ?? (typeof doc.theme === 'string' ? doc.theme : null),
    hashtags: Array.isArray(doc.hashtags) ? doc.hashtags.filter((h): h is string => typeof h === 'string' && h.trim() !== '') : [],
  }
}
