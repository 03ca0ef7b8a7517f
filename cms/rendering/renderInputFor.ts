import type { PlatformId, RenderInput } from '../../templates'

type Doc = Record<string, unknown>

/** The public page of an article (what Weibo posts and WeChat's 阅读原文 link to). */
export function publicArticleUrl(args: { serverUrl: string; slug: unknown }): string | null {
  return typeof args.slug === 'string' && args.slug ? `${args.serverUrl.replace(/\/$/, '')}/articles/${encodeURIComponent(args.slug)}` : null
}

function mediaUrl(args: { serverUrl: string; media: unknown }): string | null {
  const url = args.media && typeof args.media === 'object' ? (args.media as { url?: unknown }).url : null
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
export function renderInputFor(args: { collection: string; doc: Doc; platform: PlatformId; serverUrl: string; theme?: string | null }): RenderInput {
  const { doc, platform } = args
  const variant = Array.isArray(doc.variants)
    ? (doc.variants as Doc[]).find((v) => v?.platform === platform)
    : undefined
  const base = args.collection === 'articles' ? text(doc.body) : args.collection === 'videos' ? text(doc.description) : text(doc.copy)
  const cover = args.collection === 'posters' ? doc.image : doc.cover
  return {
    title: text(variant?.title) || text(doc.title),
    digest: text(variant?.digest) || text(doc.digest) || null,
    markdown: text(variant?.body) || base,
    coverUrl: mediaUrl({ serverUrl: args.serverUrl, media: cover }),
    publicUrl: args.collection === 'articles' ? publicArticleUrl({ serverUrl: args.serverUrl, slug: doc.slug }) : null,
    theme: args.theme ?? (typeof doc.theme === 'string' ? doc.theme : null),
    hashtags: Array.isArray(doc.hashtags) ? (doc.hashtags as unknown[]).filter((h): h is string => typeof h === 'string' && h.trim() !== '') : [],
  }
}
