import { TOUTIAO_MEDIA, TOUTIAO_TEXT } from '../../lib/platforms'

/** The profile's numbers (lib/platforms/toutiao.ts) in the shape the publishers check them. */
export const TOUTIAO_VIDEO_LIMITS = { title: TOUTIAO_TEXT.title.max, videoBytes: TOUTIAO_MEDIA.videoBytes } as const

export const TOUTIAO_ARTICLE_LIMITS = { titleMin: TOUTIAO_TEXT.title.min, title: TOUTIAO_TEXT.title.max } as const
