import type { PublishLimits } from '../core/publisher'

/** statuses/share: ≤ 140 characters with the link, one picture JPEG/GIF/PNG under 5MB (weibo.md §2.1). */
export const WEIBO_LIMITS = { status: 140, pictureBytes: 5 * 1024 * 1024 - 1, pictures: 1 } as const

export const WEIBO_PUBLISH_LIMITS: PublishLimits = {
  body: WEIBO_LIMITS.status,
  images: WEIBO_LIMITS.pictures,
  imageBytes: WEIBO_LIMITS.pictureBytes,
  coverBytes: WEIBO_LIMITS.pictureBytes,
}

export const WEIBO_PICTURE_TYPES: ReadonlySet<string> = new Set(['jpeg', 'gif', 'png'])
