import type { PlatformProfile } from './profile'

/**
 * 视频号 (WeChat Channels, douyin.md §8): no posting or statistics API, so a video is a hand-off package
 * the operator uploads in 视频号助手. Vertical 9:16; short title ≤ 22 characters as tools use it
 * (UNCERTAIN); the description carries the #topics (1,000 characters, UNCERTAIN, the safe reading).
 */
export const CHANNELS_TEXT = {
  title: { max: 22 },
  body: { max: 1000, measure: 'characters' },
} as const

export const CHANNELS_MEDIA = {
  ratio: { width: 9, height: 16 },
  topics: 10,
} as const

export const channelsProfile = {
  id: 'channels',
  label: { zh: '微信视频号', en: 'WeChat Channels' },
  shortLabel: { zh: '视频号', en: 'Channels' },
  contentKinds: ['video'],
  credentials: { kind: 'none', fields: [] },
  writes: 'short-posts',
  text: CHANNELS_TEXT,
  publishers: [
    {
      id: 'channels-assisted',
      contentKinds: ['video'],
      mode: 'assisted',
      isAsync: false,
      bodyFormat: 'text',
      auth: 'none',
      limits: { title: CHANNELS_TEXT.title.max, body: CHANNELS_TEXT.body.max, images: 0, topics: CHANNELS_MEDIA.topics },
      postStep: null,
      media: { cover: { image: 'channels-cover' }, body: null },
      stats: 'manual',
    },
  ],
  followers: 'manual',
  postLinkHosts: ['channels.weixin.qq.com', 'weixin.qq.com'],
} as const satisfies PlatformProfile
