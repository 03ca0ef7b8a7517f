import { WECHAT_MEDIA, WECHAT_TEXT, wechatProfile } from '../../lib/platforms'

/** The profile's numbers (lib/platforms/wechat.ts) in the shape the publisher checks them. */
export const WECHAT_LIMITS = {
  title: WECHAT_TEXT.title.max,
  author: WECHAT_TEXT.author.max,
  digest: WECHAT_TEXT.digest.max,
  body: WECHAT_TEXT.body.max,
  bodyBytes: WECHAT_TEXT.body.maxBytes,
  images: WECHAT_MEDIA.images,
  imageBytes: WECHAT_MEDIA.imageBytes,
  coverBytes: WECHAT_MEDIA.coverBytes,
  sourceUrlBytes: WECHAT_MEDIA.sourceUrlBytes,
} as const

export const WECHAT_BODY_IMAGE_TYPES: ReadonlySet<string> = new Set(WECHAT_MEDIA.imageTypes)
export const WECHAT_COVER_TYPES = {
  image: new Set<string>(WECHAT_MEDIA.coverTypes.image),
  thumb: new Set<string>(WECHAT_MEDIA.coverTypes.thumb),
} as const

const MMBIZ = /^https?:\/\/mmbiz\.qpic\.cn\//

/** Images already on WeChat's CDN need no upload. */
export function isWechatHostedImage(src: string): boolean {
  return MMBIZ.test(src)
}

/** Articles in one draft / one push, the lead included (wechat.md §9.2). */
export const WECHAT_MAX_ARTICLES: number = wechatProfile.push.maxArticles
