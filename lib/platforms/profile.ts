import { z } from 'zod'

export const CONTENT_KINDS = ['article', 'poster', 'video', 'note'] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]

export const BODY_FORMATS = ['wechat-html', 'html', 'text'] as const
export type BodyFormat = (typeof BODY_FORMATS)[number]

/**
 * What a publisher validates, in its own units: characters (Unicode code points, as platforms count
 * 字) for title/digest/author/body, a count for images, bytes for the *Bytes fields.
 */
export type PublishLimits = {
  title?: number
  digest?: number
  author?: number
  /** Max characters of the rendered body; 0 when the publisher sends no body. */
  body: number
  images: number
  imageBytes?: number
  /** How many topics (话题) one post takes. */
  topics?: number
  coverBytes?: number
  videoBytes?: number
}

/**
 * The call that makes a post public (the remote id it records) and the remote ids that exist before
 * that call can be sent; null when nothing is ever sent (a person posts by hand).
 * `sentWith`: more remote ids that prove a post went just as `key` does (another way of posting, e.g.
 * WeChat's 群发 records `msgId` where 发表 records `publish`).
 * `replaySafeWith`: once this remote id is recorded, an interrupted post may be run again, because the
 * platform itself refuses the repeat and names the first post (WeChat's clientmsgid → 45065).
 * `startedAt`: an id of `after` that is no thing on the platform, only the time the call began (Weibo,
 * whose one call has no step before it). The publisher empties it when the platform answers with a
 * refusal, and an empty one means not begun. (Other `after` ids stay "may have posted" when emptied: a
 * Douyin video withdrawn as a dedupe was still used by a create that may have gone through.)
 */
export type PostStep = {
  key: string
  after: readonly string[]
  sentWith?: readonly string[]
  replaySafeWith?: string
  startedAt?: string
} | null

/** Names of presets in media/mediaPresets.ts: the cover's by the account's material type (`image` always), the body images'. */
export type PublisherMedia = { cover: Readonly<Record<string, string>> & { image: string }; body: string | null }

/** One way of getting content onto the platform: an API publisher or a hand-off package, for some content kinds. */
export type PublisherRoute = {
  /** The publisher's id in publishers/registry.ts. */
  id: string
  contentKinds: readonly ContentKind[]
  /** `api`: we post; `assisted`: we prepare a package and a person posts it in the back office. */
  mode: 'api' | 'assisted'
  /** The platform accepts the post and finishes it later (we poll). */
  isAsync: boolean
  bodyFormat: BodyFormat
  /** How the account gets its credentials: app id/secret typed in, a user OAuth connect flow, or none. */
  auth: 'app-credentials' | 'user-oauth' | 'none'
  limits: PublishLimits
  postStep: PostStep
  media: PublisherMedia
  /** Where this route's numbers come from: the platform's statistics API, or a person (the delivery's form, a CSV import). */
  stats: 'api' | 'manual'
}

/**
 * How a post reaches the audience, for platforms that offer a choice (WeChat §9): `mass` pushes it into
 * followers' chats and uses the mass-send quota, `publish` makes it public without notifying, `draft`
 * leaves it in the back office's draft box for a person to send.
 */
export const PUSH_MODE_LABELS = {
  mass: { zh: '群发通知粉丝', en: 'Mass send to followers' },
  publish: { zh: '发表不通知', en: 'Publish without notifying' },
  draft: { zh: '仅存草稿箱', en: 'Draft only' },
} as const
export type PushMode = keyof typeof PUSH_MODE_LABELS
export const PUSH_MODES = Object.keys(PUSH_MODE_LABELS) as PushMode[]

/**
 * What a platform's pushes allow: the modes (the first is the default when an account sets none), how
 * many articles one push may carry (lead included), and the mass-send quota (`perDay` for an account,
 * `perFollowerPerMonth` for what each follower receives), by account type.
 */
export type PushProfile = {
  modes: readonly PushMode[]
  maxArticles: number
  massQuota: Readonly<Record<string, { perDay?: number; perFollowerPerMonth?: number }>>
}

/** A length in characters (code points). */
export type CharacterLimit = { min?: number; max: number }

/** The platform's text limits, as the renderer, the assist and the publishers read them. */
export type TextLimits = {
  /** `warnAboveBytes`: a softer byte count some operators hit first (a warning, not a refusal). */
  title: CharacterLimit & { warnAboveBytes?: number }
  author?: CharacterLimit
  digest?: CharacterLimit
  /**
   * `max` null: none documented. `measure: 'weibo'` counts each URL as at least `urlMinCost`.
   * `maxBytes`: of the rendered body.
   */
  body: { max: number | null; maxBytes?: number; measure: 'characters' | 'weibo'; urlMinCost?: number }
}

export type Label = { zh: string; en: string }

export type PlatformProfile = {
  id: string
  /** Full name (微信公众号) and the short one editors use (公众号). */
  label: Label
  shortLabel: Label
  /** Every content kind some route takes. */
  contentKinds: readonly ContentKind[]
  /**
   * `app`: the account's own app credentials are enough; `oauth`: a user authorises our app
   * (`clientIdField`/`clientSecretField` name the account's app key fields the connect flow needs);
   * `none`: nothing is called, a person posts (hand-off only platforms).
   */
  credentials:
    | { kind: 'none'; fields: readonly [] }
    | { kind: 'app'; fields: readonly string[] }
    | { kind: 'oauth'; fields: readonly string[]; clientIdField: string; clientSecretField: string }
  /** What a copywriter writes for it: articles (a title and a Markdown body) or short posts within `text.body`. */
  writes: 'articles' | 'short-posts'
  text: TextLimits
  publishers: readonly PublisherRoute[]
  /** Absent: one post per slot, no choice of mode. */
  push?: PushProfile
  /** Where the account's follower counts come from (analytics.md §1). */
  followers: 'api' | 'manual'
  /** Where its posts live: a link pasted back for a hand-off must be on one of these hosts (or a subdomain); absent: any http(s) link. */
  postLinkHosts?: readonly string[]
}

const label = z.object({ zh: z.string().min(1), en: z.string().min(1) })
const count = z.number().int().nonnegative()
const characterLimit = z.object({ min: count.optional(), max: count.positive() }).strict()
const contentKinds = z.array(z.enum(CONTENT_KINDS)).min(1)

const publishLimits = z
  .object({
    title: count.optional(),
    digest: count.optional(),
    author: count.optional(),
    body: count,
    images: count,
    imageBytes: count.optional(),
    topics: count.optional(),
    coverBytes: count.optional(),
    videoBytes: count.optional(),
  })
  .strict()

const publisherRoute = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    contentKinds,
    mode: z.enum(['api', 'assisted']),
    isAsync: z.boolean(),
    bodyFormat: z.enum(BODY_FORMATS),
    auth: z.enum(['app-credentials', 'user-oauth', 'none']),
    limits: publishLimits,
    postStep: z
      .object({
        key: z.string().min(1),
        after: z.array(z.string().min(1)),
        sentWith: z.array(z.string().min(1)).optional(),
        replaySafeWith: z.string().min(1).optional(),
        startedAt: z.string().min(1).optional(),
      })
      .strict()
      .refine((step) => step.startedAt === undefined || step.after.includes(step.startedAt), {
        message: 'startedAt must be one of the ids in after',
      })
      .nullable(),
    media: z
      .object({ cover: z.object({ image: z.string().min(1) }).catchall(z.string().min(1)), body: z.string().min(1).nullable() })
      .strict(),
    stats: z.enum(['api', 'manual']),
  })
  .strict()

/** Every profile must pass this (lib/platforms/profiles.test.ts): nothing missing, nothing misspelt. */
export const platformProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z]+$/),
    label,
    shortLabel: label,
    contentKinds,
    credentials: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('none'), fields: z.array(z.string()).length(0) }).strict(),
      z.object({ kind: z.literal('app'), fields: z.array(z.string().min(1)).min(1) }).strict(),
      z
        .object({
          kind: z.literal('oauth'),
          fields: z.array(z.string().min(1)).min(1),
          clientIdField: z.string().min(1),
          clientSecretField: z.string().min(1),
        })
        .strict(),
    ]),
    writes: z.enum(['articles', 'short-posts']),
    text: z
      .object({
        title: characterLimit.extend({ warnAboveBytes: count.positive().optional() }).strict(),
        author: characterLimit.optional(),
        digest: characterLimit.optional(),
        body: z
          .object({
            max: count.positive().nullable(),
            maxBytes: count.positive().optional(),
            measure: z.enum(['characters', 'weibo']),
            urlMinCost: count.positive().optional(),
          })
          .strict(),
      })
      .strict(),
    publishers: z.array(publisherRoute).min(1),
    push: z
      .object({
        modes: z.array(z.enum(PUSH_MODES as [PushMode, ...PushMode[]])).min(1),
        maxArticles: count.positive(),
        massQuota: z.record(z.object({ perDay: count.positive().optional(), perFollowerPerMonth: count.positive().optional() }).strict()),
      })
      .strict()
      .optional(),
    followers: z.enum(['api', 'manual']),
    postLinkHosts: z
      .array(z.string().regex(/^[a-z0-9.-]+$/))
      .min(1)
      .optional(),
  })
  .strict()
