import type { PlatformProfile } from './profile'

/**
 * 小红书 (douyin.md §7): no posting or statistics API for ordinary accounts, so every note is a hand-off
 * package a person posts from the phone. Limits come from working tools, not an official page
 * (CONFIRMED-2nd): title ≤ 20 characters, body ≤ 1,000 (a soft limit, single source), 1–18 images
 * cropped 3:4 (1080×1440), ≤ 10 topics.
 */
export const XIAOHONGSHU_TEXT = {
  title: { max: 20 },
  body: { max: 1000, measure: 'characters' },
} as const

export const XIAOHONGSHU_MEDIA = {
  images: 18,
  topics: 10,
  imageWidth: 1080,
  imageHeight: 1440,
} as const

export const xiaohongshuProfile = {
  id: 'xiaohongshu',
  label: { zh: '小红书', en: 'Xiaohongshu' },
  shortLabel: { zh: '小红书', en: 'Xiaohongshu' },
  contentKinds: ['note', 'video'],
  credentials: { kind: 'none', fields: [] },
  writes: 'short-posts',
  text: XIAOHONGSHU_TEXT,
  publishers: [
    {
      id: 'xiaohongshu-assisted',
      contentKinds: ['note', 'video'],
      mode: 'assisted',
      isAsync: false,
      bodyFormat: 'text',
      auth: 'none',
      limits: {
        title: XIAOHONGSHU_TEXT.title.max,
        body: XIAOHONGSHU_TEXT.body.max,
        images: XIAOHONGSHU_MEDIA.images,
        topics: XIAOHONGSHU_MEDIA.topics,
      },
      postStep: null,
      media: { cover: { image: 'xiaohongshu-note' }, body: 'xiaohongshu-note' },
      stats: 'manual',
    },
  ],
  followers: 'manual',
  postLinkHosts: ['xiaohongshu.com', 'xhslink.com'],
} as const satisfies PlatformProfile
