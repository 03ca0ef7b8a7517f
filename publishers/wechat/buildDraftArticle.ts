import type { BundleArticle, CoverCrop, PublishRequest } from '../core/types'
import type { WechatSettings } from './accountSchemas'

/** One `articles[]` item of draft/add (wechat.md §2.3), news type. */
export type WechatDraftArticle = {
  article_type: 'news'
  title: string
  author?: string
  digest?: string
  content: string
  content_source_url?: string
  thumb_media_id: string
  need_open_comment: 0 | 1
  only_fans_can_comment: 0 | 1
  pic_crop_235_1?: string
  pic_crop_1_1?: string
}

/** What one article of a push carries, the lead's fields and a bundle article's alike. */
export type WechatArticleSource = Pick<BundleArticle, 'title' | 'digest' | 'author' | 'body' | 'images' | 'cover' | 'publicUrl'>

/** The lead first, then the bundle in its order: the articles of one draft. */
export function articlesOf(request: PublishRequest<WechatSettings>): WechatArticleSource[] {
  return [request, ...(request.bundle ?? [])]
}

/** `X1_Y1_X2_Y2`, normalised, at most 6 decimals, e.g. `0.1945_0_1_0.5236`. */
export function formatCrop(crop: CoverCrop): string {
  return [crop.x1, crop.y1, crop.x2, crop.y2].map((n) => String(Number(n.toFixed(6)))).join('_')
}

export function authorOf(args: { author?: string; settings: WechatSettings }): string | undefined {
  const author = args.author?.trim() || args.settings.defaultAuthor?.trim()
  return author === '' ? undefined : author
}

/** `withDigest` false for multi-article drafts: "仅有单图文消息才有摘要" (wechat.md §9.2). */
export function buildDraftArticle(args: {
  article: WechatArticleSource
  settings: WechatSettings
  content: string
  thumbMediaId: string
  withDigest: boolean
}): WechatDraftArticle {
  const { article: source, settings, content, thumbMediaId } = args
  const digest = source.digest?.trim()
  const crops = source.cover?.crops
  const article: WechatDraftArticle = {
    article_type: 'news',
    title: source.title,
    content,
    thumb_media_id: thumbMediaId,
    need_open_comment: settings.openComments ? 1 : 0,
    only_fans_can_comment: settings.onlyFansCanComment ? 1 : 0,
  }
  const author = authorOf({ author: source.author, settings })
  if (author !== undefined) article.author = author
  if (digest && args.withDigest) article.digest = digest
  if (settings.linkToPublicPage && source.publicUrl) article.content_source_url = source.publicUrl
  if (crops?.wide) article.pic_crop_235_1 = formatCrop(crops.wide)
  if (crops?.square) article.pic_crop_1_1 = formatCrop(crops.square)
  return article
}
