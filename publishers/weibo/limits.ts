import { WEIBO_MEDIA, WEIBO_TEXT } from '../../lib/platforms'

/** The profile's numbers (lib/platforms/weibo.ts) in the shape the publisher checks them. */
export const WEIBO_LIMITS = {
  status: WEIBO_TEXT.body.max,
  urlMinCost: WEIBO_TEXT.body.urlMinCost,
  pictureBytes: WEIBO_MEDIA.pictureBytes,
  pictures: WEIBO_MEDIA.pictures,
} as const

export const WEIBO_PICTURE_TYPES: ReadonlySet<string> = new Set(WEIBO_MEDIA.pictureTypes)
