import type { PlatformProfile } from './profile'

/**
 * Douyin (抖音, douyin.md §1–§6). Server publishing (`video.create.bind`, §3) only for a company's own
 * accounts; an account whose app lacks it gets the H5 share hand-off (§6) from the same publisher.
 * UNCERTAIN (§11): the caption (`text`) limit is not documented; we take the creator app's 1,000
 * characters for the caption and its 30 for the title line, and count topics inside the caption.
 * Video: mp4/webm, ≤ 4 GB in all, ≤ 15 min, one request ≤ 128 MB (chunked above 50 MB); 图集 ≤ 30
 * images of ≤ 20 MB each (§3.4, the smaller reading).
 */
export const DOUYIN_TEXT = {
  title: { max: 30 },
  body: { max: 1000, measure: 'characters' },
} as const

export const DOUYIN_MEDIA = {
  videoBytes: 4 * 1024 * 1024 * 1024,
  singleUploadBytes: 128 * 1024 * 1024,
  chunkAboveBytes: 50 * 1024 * 1024,
  chunkBytes: 20 * 1024 * 1024,
  videoSeconds: 15 * 60,
  images: 30,
  imageBytes: 20 * 1024 * 1024,
  topics: 10,
} as const

export const douyinProfile = {
  id: 'douyin',
  label: { zh: '抖音', en: 'Douyin' },
  shortLabel: { zh: '抖音', en: 'Douyin' },
  contentKinds: ['video', 'poster', 'note'],
  // The app's key and secret; an admin may also paste a grant's tokens instead of connecting (douyin.md §1).
  credentials: {
    kind: 'oauth',
    fields: ['clientKey', 'clientSecret', 'openId', 'accessToken', 'refreshToken'],
    clientIdField: 'clientKey',
    clientSecretField: 'clientSecret',
  },
  writes: 'short-posts',
  text: DOUYIN_TEXT,
  publishers: [
    {
      id: 'douyin-video',
      contentKinds: ['video'],
      mode: 'api',
      isAsync: true,
      bodyFormat: 'text',
      auth: 'user-oauth',
      limits: {
        title: DOUYIN_TEXT.title.max,
        body: DOUYIN_TEXT.body.max,
        images: 0,
        videoBytes: DOUYIN_MEDIA.videoBytes,
        topics: DOUYIN_MEDIA.topics,
      },
      // create_video needs a fresh (single-use) video_id. A replay with the recorded id is safe: Douyin
      // refuses a used id (2190007) and the publisher then adopts the item from video_list; when it finds
      // none it withdraws `video` (records it empty), which hands the delivery to a person.
      postStep: { key: 'item', after: ['video'], replaySafeWith: 'video' },
      media: { cover: { image: 'douyin-cover' }, body: null },
      // video_data / data.external.item (analytics.md §4).
      stats: 'api',
    },
    {
      id: 'douyin-image-text',
      contentKinds: ['poster', 'note'],
      mode: 'api',
      isAsync: true,
      bodyFormat: 'text',
      auth: 'user-oauth',
      limits: {
        title: DOUYIN_TEXT.title.max,
        body: DOUYIN_TEXT.body.max,
        images: DOUYIN_MEDIA.images,
        imageBytes: DOUYIN_MEDIA.imageBytes,
      },
      // create_image_text needs every image uploaded first.
      postStep: { key: 'item', after: ['images'] },
      media: { cover: { image: 'douyin-cover' }, body: 'douyin-image' },
      stats: 'api',
    },
  ],
  // fans_data / data.external.user (analytics.md §4).
  followers: 'api',
  postLinkHosts: ['douyin.com', 'iesdouyin.com'],
} as const satisfies PlatformProfile
