import type { PlatformProfile } from './profile'

const MiB = 1024 * 1024

/**
 * WeChat Official Account (wechat.md §2, §5). Official: title 32, author 16, digest 128 字; content
 * < 20,000 characters and < 1 MB; uploadimg JPG/PNG < 1 MB; cover `image` 10 MB, `thumb` 64 KB JPG.
 * Author is held to 8: practitioners hit 45110 far below 16. UNCERTAIN: the unit of the title limit
 * (practitioners hit 45003 at ~64 bytes, hence the byte warning) and whether the 20,000 counts markup
 * (we count the visible text and separately cap the HTML, in decimal bytes: below 1 MB whichever MB is meant).
 */
export const WECHAT_TEXT = {
  title: { max: 32, warnAboveBytes: 64 },
  author: { max: 8 },
  digest: { max: 128 },
  body: { max: 19_999, maxBytes: 999_999, measure: 'characters' },
} as const

/** Images and links: what the publisher checks before uploading (wechat.md §2.1, §2.2, §2.3). */
export const WECHAT_MEDIA = {
  /** No documented cap on body images; a sanity cap. */
  images: 100,
  imageBytes: MiB - 1,
  imageTypes: ['jpeg', 'png'],
  coverBytes: { image: 10 * MiB, thumb: 64 * 1024 },
  coverTypes: { image: ['jpeg', 'png', 'gif', 'bmp'], thumb: ['jpeg'] },
  sourceUrlBytes: 1024,
} as const

export const wechatProfile = {
  id: 'wechat',
  label: { zh: '微信公众号', en: 'WeChat Official Account' },
  shortLabel: { zh: '公众号', en: 'WeChat' },
  contentKinds: ['article', 'poster'],
  credentials: { kind: 'app', fields: ['appId', 'appSecret', 'callbackToken'] },
  writes: 'articles',
  text: WECHAT_TEXT,
  publishers: [
    {
      id: 'wechat',
      contentKinds: ['article', 'poster'],
      mode: 'api',
      isAsync: true,
      bodyFormat: 'wechat-html',
      auth: 'app-credentials',
      limits: {
        title: WECHAT_TEXT.title.max,
        author: WECHAT_TEXT.author.max,
        digest: WECHAT_TEXT.digest.max,
        body: WECHAT_TEXT.body.max,
        images: WECHAT_MEDIA.images,
        imageBytes: WECHAT_MEDIA.imageBytes,
        coverBytes: WECHAT_MEDIA.coverBytes.image,
      },
      // freepublish/submit (`publish`) and mass/sendall (`msgId`) need the draft's media_id, recorded before
      // the call. A 群发 records its clientmsgid before sendall: replayed within 24 h, WeChat answers 45065
      // with the first send's msg_id instead of sending again (wechat.md §9.8).
      postStep: { key: 'publish', after: ['draft'], sentWith: ['msgId'], replaySafeWith: 'clientmsgid' },
      // The cover follows the account's material type: permanent `image` or a 64 KB `thumb`.
      media: { cover: { image: 'wechat-cover', thumb: 'wechat-thumb' }, body: 'wechat-body' },
      // datacube 发表内容 endpoints, joined by msgid = <msg_data_id>_<idx> (analytics.md §2).
      stats: 'api',
    },
  ],
  // wechat.md §9.2 (1–8 articles per message), §9.10 (subscription: one successful mass send a day;
  // service: each follower receives at most 4 a month). `publish` first: an account that names no
  // default keeps what it did before pushes existed and never spends the 群发 quota by surprise;
  // a team that pushes sets 群发 as the account's default or picks it on the slot.
  push: {
    modes: ['publish', 'mass', 'draft'],
    maxArticles: 8,
    massQuota: { subscription: { perDay: 1 }, service: { perFollowerPerMonth: 4 } },
  },
  // datacube getusersummary / getusercumulate (analytics.md §2.4).
  followers: 'api',
} as const satisfies PlatformProfile
