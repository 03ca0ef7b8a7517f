import type { PlatformProfile } from './profile'

/**
 * Weibo `2/statuses/share` (weibo.md §2.1, §5): plain text of at most 140 characters with a link on
 * the app's secure domain, one JPEG/GIF/PNG picture under 5 MB. UNCERTAIN: how Weibo counts the 140;
 * we count every code point as 1 (ASCII too) and every URL as at least 20 (t.cn). The title limit is
 * the long-form article's (头条文章, weibo.md §2.3): a status has no title of its own.
 */
export const WEIBO_TEXT = {
  title: { max: 32 },
  body: { max: 140, measure: 'weibo', urlMinCost: 20 },
} as const

export const WEIBO_MEDIA = {
  pictures: 1,
  pictureBytes: 5 * 1024 * 1024 - 1,
  pictureTypes: ['jpeg', 'gif', 'png'],
} as const

/**
 * The remote id recorded (the time, ISO) just before statuses/share is sent. Weibo has no step before
 * its one call, so without it a run interrupted anywhere (still reading the picture, or waiting for the
 * database) would look as if it may have posted and wait for an operator; with it only a run
 * interrupted during the call does. Emptied when Weibo answers with a refusal (the post step's `startedAt`).
 */
export const WEIBO_SHARE_STARTED = 'shareStarted'

export const weiboProfile = {
  id: 'weibo',
  label: { zh: '微博', en: 'Weibo' },
  shortLabel: { zh: '微博', en: 'Weibo' },
  contentKinds: ['article', 'poster'],
  credentials: { kind: 'oauth', fields: ['appKey', 'appSecret', 'accessToken'], clientIdField: 'appKey', clientSecretField: 'appSecret' },
  writes: 'short-posts',
  text: WEIBO_TEXT,
  publishers: [
    {
      id: 'weibo',
      contentKinds: ['article', 'poster'],
      mode: 'api',
      isAsync: false,
      bodyFormat: 'text',
      auth: 'user-oauth',
      limits: {
        body: WEIBO_TEXT.body.max,
        images: WEIBO_MEDIA.pictures,
        imageBytes: WEIBO_MEDIA.pictureBytes,
        coverBytes: WEIBO_MEDIA.pictureBytes,
      },
      // statuses/share is the only call.
      postStep: { key: 'post', after: [WEIBO_SHARE_STARTED], startedAt: WEIBO_SHARE_STARTED },
      media: { cover: { image: 'weibo-picture' }, body: null },
      // 2/statuses/count.json by idstr (analytics.md §3).
      stats: 'api',
    },
  ],
  // 2/users/show.json followers_count (analytics.md §3).
  followers: 'api',
} as const satisfies PlatformProfile
