import type { PlatformProfile } from './profile'

/**
 * Toutiao (头条号, toutiao.md): articles have no public API, so they are a hand-off package for the
 * back office (title 2–30 characters, §4, CONFIRMED-2nd; no documented body limit); videos go through
 * the open platform (`text`, the title, ≤ 30; one upload ≤ 128 MB, §1.2).
 */
export const TOUTIAO_TEXT = {
  title: { min: 2, max: 30 },
  body: { max: null, measure: 'characters' },
} as const

export const TOUTIAO_MEDIA = {
  videoBytes: 128 * 1024 * 1024,
  /** No documented limits for articles; sanity caps. */
  articleBody: 100_000,
  articleImages: 100,
} as const

export const toutiaoProfile = {
  id: 'toutiao',
  label: { zh: '头条号', en: 'Toutiao' },
  shortLabel: { zh: '头条号', en: 'Toutiao' },
  contentKinds: ['article', 'poster', 'video'],
  credentials: { kind: 'oauth', fields: ['clientKey', 'clientSecret'], clientIdField: 'clientKey', clientSecretField: 'clientSecret' },
  writes: 'articles',
  text: TOUTIAO_TEXT,
  publishers: [
    {
      id: 'toutiao-video',
      contentKinds: ['video'],
      mode: 'api',
      isAsync: false,
      bodyFormat: 'text',
      auth: 'user-oauth',
      limits: { title: TOUTIAO_TEXT.title.max, body: 0, images: 0, videoBytes: TOUTIAO_MEDIA.videoBytes },
      // video/create needs the uploaded video's id.
      postStep: { key: 'item', after: ['video'] },
      media: { cover: { image: 'toutiao-cover' }, body: null },
      // POST /toutiao/video/data/ (analytics.md §4.2).
      stats: 'api',
    },
    {
      id: 'toutiao-assisted',
      contentKinds: ['article', 'poster'],
      mode: 'assisted',
      isAsync: false,
      bodyFormat: 'html',
      auth: 'none',
      limits: { title: TOUTIAO_TEXT.title.max, body: TOUTIAO_MEDIA.articleBody, images: TOUTIAO_MEDIA.articleImages },
      // Nothing is sent: a person publishes in the back office.
      postStep: null,
      media: { cover: { image: 'toutiao-cover' }, body: 'wechat-body' },
      // Articles have no open statistics API (analytics.md §5): the operator enters them.
      stats: 'manual',
    },
  ],
  // No follower endpoint found for Toutiao (analytics.md §1).
  followers: 'manual',
} as const satisfies PlatformProfile
