import type { PublishLimits } from '../core/publisher'

/** Open platform video: `text` (the title) ≤ 30, single upload ≤ 128MB (toutiao.md §1.2). */
export const TOUTIAO_VIDEO_LIMITS = { title: 30, videoBytes: 128 * 1024 * 1024 } as const

/** Console articles: title 2–30 characters (toutiao.md §4); no documented body limit. */
export const TOUTIAO_ARTICLE_LIMITS = { titleMin: 2, title: 30 } as const

export const TOUTIAO_VIDEO_PUBLISH_LIMITS: PublishLimits = { title: TOUTIAO_VIDEO_LIMITS.title, body: 0, images: 0, videoBytes: TOUTIAO_VIDEO_LIMITS.videoBytes }

/** No documented body limit for articles; a sanity cap. */
export const TOUTIAO_ARTICLE_PUBLISH_LIMITS: PublishLimits = { title: TOUTIAO_ARTICLE_LIMITS.title, body: 100_000, images: 100 }
