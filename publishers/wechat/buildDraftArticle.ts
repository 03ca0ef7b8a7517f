import type { CoverCrop, PublishRequest } from '../core/types'
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

/** `X1_Y1_X2_Y2`, normalised, at most 6 decimals, e.g. `0.1945_0_1_0.5236`. */
export function formatCrop(crop: CoverCrop): string {
  return [crop.x1, crop.y1, crop.x2, crop.y2].map((n) => String(Number(n.toFixed(6)))).join('_')
}

export function authorOf(request: PublishRequest<WechatSettings>): string | undefined {
  const author = request.author?.trim() || request.settings.defaultAuthor?.trim()
  return author === '' ? undefined : author
}

export function buildDraftArticle(args: {
  request: PublishRequest<WechatSettings>
  content: string
  thumbMediaId: string
}): WechatDraftArticle {
  const { request, content, thumbMediaId } = args
  const { settings } = request
  const digest = request.digest?.trim()
  const crops = request.cover?.crops
  const article: WechatDraftArticle = {
    article_type: 'news',
    title: request.title,
    content,
    thumb_media_id: thumbMediaId,
    need_open_comment: settings.openComments ? 1 : 0,
    only_fans_can_comment: settings.onlyFansCanComment ? 1 : 0,
  }
  const author = authorOf(request)
  if (author !== undefined) article.author = author
  if (digest) article.digest = digest
  if (settings.linkToPublicPage && request.publicUrl) article.content_source_url = request.publicUrl
  if (crops?.wide) article.pic_crop_235_1 = formatCrop(crops.wide)
  if (crops?.square) article.pic_crop_1_1 = formatCrop(crops.square)
  return article
}
