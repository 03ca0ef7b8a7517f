import type { PublishLimits } from '../core/publisher'

/**
 * Official: title 32, author 16, digest 128 字; content < 20,000 characters and < 1MB; uploadimg < 1MB;
 * cover `image` 10MB, `thumb` 64KB (wechat.md §2). Author is held to 8: practitioners hit 45110 far below 16.
 */
export const WECHAT_LIMITS = {
  title: 32,
  author: 8,
  digest: 128,
  body: 19_999,
  bodyBytes: 1024 * 1024 - 1,
  /** No documented cap on body images; a sanity cap. */
  images: 100,
  imageBytes: 1024 * 1024 - 1,
  coverBytes: { image: 10 * 1024 * 1024, thumb: 64 * 1024 },
  sourceUrlBytes: 1024,
} as const

export const WECHAT_PUBLISH_LIMITS: PublishLimits = {
  title: WECHAT_LIMITS.title,
  author: WECHAT_LIMITS.author,
  digest: WECHAT_LIMITS.digest,
  body: WECHAT_LIMITS.body,
  images: WECHAT_LIMITS.images,
  imageBytes: WECHAT_LIMITS.imageBytes,
  coverBytes: WECHAT_LIMITS.coverBytes.image,
}

export const WECHAT_BODY_IMAGE_TYPES: ReadonlySet<string> = new Set(['jpeg', 'png'])
export const WECHAT_COVER_TYPES = { image: new Set(['jpeg', 'png', 'gif', 'bmp']), thumb: new Set(['jpeg']) } as const

const MMBIZ = /^https?:\/\/mmbiz\.qpic\.cn\//

/** Images already on WeChat's CDN need no upload. */
export function isWechatHostedImage(src: string): boolean {
  return MMBIZ.test(src)
}
