import type { GalleryImage, PlatformId, RenderInput } from '../../templates'
import { type OutgoingSelection, outgoingTextParts, selectOutgoing } from '../compliance/outgoingText'
import type { ContentDoc, ContentSlug } from '../content'
import type { Article, Media, Note, Poster, Video } from '../payload-types'

/** Any of the content kinds read field by field: a field its kind lacks reads as absent. */
type ContentFields = Partial<Article & Video & Poster & Note>

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

/** An item's own pictures in order (a note's 图片), those populated with a URL; their alt text is scanned with the item. */
function galleryOf(args: { serverUrl: string; images: ContentFields['images'] }): GalleryImage[] {
  return (args.images ?? []).flatMap((media) => {
    const src = mediaUrl({ serverUrl: args.serverUrl, media })
    return src && typeof media === 'object' ? [{ src, alt: media.alt ?? '' }] : []
  })
}

/**
 * The outgoing text of a document for one platform (its variant wins where it says something), taken
 * from the same parts the compliance scan reads: no text reaches a renderer or publisher unscanned.
 */
export function outgoingFor(args: {
  collection: ContentSlug
  doc: ContentDoc
  platform?: PlatformId | null
  /** The title a slot sends (title tests): 1 or empty = the item's own title, 2..5 = its candidates. */
  titleVariant?: number | null
}): OutgoingSelection {
  return selectOutgoing({
    parts: outgoingTextParts({ collection: args.collection, data: args.doc }),
    platform: args.platform,
    titleVariant: args.titleVariant,
  })
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
  titleVariant?: number | null
}): RenderInput {
  const doc: ContentFields = args.doc
  const text = outgoingFor(args)
  const cover = args.collection === 'posters' ? doc.image : doc.cover
  return {
    title: text.title,
    digest: text.digest || null,
    markdown: text.body,
    coverUrl: mediaUrl({ serverUrl: args.serverUrl, media: cover }),
    publicUrl: args.collection === 'articles' ? publicArticleUrl({ serverUrl: args.serverUrl, slug: text.slug }) : null,
    theme: args.theme ?? (typeof doc.theme === 'string' ? doc.theme : null),
    hashtags: text.topics,
    gallery: galleryOf({ serverUrl: args.serverUrl, images: doc.images }),
  }
}
