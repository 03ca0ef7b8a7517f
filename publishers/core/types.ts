import type { Logger } from './logger'
import type { CredentialsRotatedHandler } from './tokens/rotatedCredentials'
import type { TokenProvider } from './tokens/tokenProvider'

import type { BodyFormat, ContentKind, PlatformId, PushMode } from '../../lib/platforms'

export type { BodyFormat, ContentKind, PlatformId, PushMode }

/** Where an asset's bytes live: the CMS's own media (read from storage) or an outside URL (read through the SSRF-safe fetch). */
export type AssetRef = { kind: 'media'; id: string } | { kind: 'url'; url: string }

export type AssetBytes = { bytes: Uint8Array; contentType: string; filename: string }

/** An image referenced by the rendered body: `src` is exactly the value of the `<img src>` in `body`. */
export type BodyImage = { src: string; ref: AssetRef; byteLength?: number }

/** A crop rectangle in normalised 0..1 coordinates of the uploaded cover. */
export type CoverCrop = { x1: number; y1: number; x2: number; y2: number }

/** Cover bytes already prepared by media/ to the platform's rules. */
export type PreparedCover = AssetBytes & {
  ref?: AssetRef
  crops?: { wide?: CoverCrop; square?: CoverCrop }
}

/** `width`/`height`: the display size where the file says it (a hand-off checks 视频号's 9:16 with it). */
export type VideoAsset = { ref: AssetRef; filename: string; contentType: string; byteLength?: number; width?: number; height?: number }

/** One more article of a multi-article push (WeChat 多图文), rendered and prepared like the lead. */
export type BundleArticle = {
  /** The CMS's id of the article, for the caller's records. */
  contentId: string
  title: string
  digest?: string
  author?: string
  body: string
  images: readonly BodyImage[]
  cover?: PreparedCover
  publicUrl?: string
}

/**
 * How the post reaches the audience where the platform offers a choice (its profile's `push`).
 * `dedupeKey` is stable for the delivery (and changes only when an operator retries a definite
 * failure), so the platform's own dedupe (WeChat's clientmsgid) refuses a second send after a crash.
 */
export type PushRequest = { mode: PushMode; tagId?: string; dedupeKey: string }

export type PublishRequest<Settings> = {
  deliveryId: string
  contentKind: ContentKind
  title: string
  digest?: string
  author?: string
  /** Already rendered in the publisher's `capabilities.bodyFormat`. */
  body: string
  images: readonly BodyImage[]
  cover?: PreparedCover
  video?: VideoAsset
  /** The public page of this content on our site ("阅读原文", Weibo's required link). */
  publicUrl?: string
  /** IP of the person acting (Weibo's `rip`); falls back to the account setting. */
  actorIp?: string
  settings: Settings
  /** Articles 2..n of a multi-article push, in order after this one (the lead). */
  bundle?: readonly BundleArticle[]
  /** Absent: the platform's only way (or its profile's first push mode). */
  push?: PushRequest
  /**
   * The item's other titles of a title test (scanned and approved like `title`), never sent by an API:
   * a hand-off lists them for a platform's own title test done by hand (头条「双标题」).
   */
  otherTitles?: readonly string[]
  /** The item's topics (话题), without '#': each platform writes them its own way (#话题 in the caption). */
  topics?: readonly string[]
}

/** Remote ids recorded for one delivery, e.g. `image:<src>`, `cover`, `draft`, `publish`, `article`, `url`. */
export type RemoteIds = Readonly<Record<string, string>>

export type PublishContext = {
  /** Decrypted account credentials, in memory only; each publisher parses them with its `credentialsSchema`. */
  credentials: unknown
  tokens: TokenProvider
  /** Ids already recorded for this delivery: a step whose id is here is never repeated. */
  remoteIds: RemoteIds
  /** Called as soon as a remote id exists; the caller persists it before the next step runs. */
  onRemoteId(args: { key: string; value: string }): Promise<void> | void
  signal: AbortSignal
  logger: Logger
  readImage(ref: AssetRef): Promise<AssetBytes>
  readVideo?(ref: AssetRef): Promise<AssetBytes>
  /** Called after a refresh replaced the account's user token (and perhaps its refresh token): the caller seals it back into the account. */
  onCredentialsRotated?: CredentialsRotatedHandler
  now?(): number
}

export type IssueField = 'title' | 'digest' | 'author' | 'body' | 'images' | 'cover' | 'video' | 'link' | 'settings' | 'contentKind'

/**
 * Where a failure is fixed: the content (edit and review again), the platform account (settings,
 * credentials, authorisation; then retry), the platform (wait, or ask the platform), or our own
 * system (the admin looks at the logs).
 */
export type FixAt = 'content' | 'account' | 'platform' | 'system'

export type PublishIssue = {
  field: IssueField
  /** Absent: the content. An account's missing setting is `account`, so nobody edits the text for it. */
  fixAt?: FixAt
  code: 'required' | 'too_long' | 'too_short' | 'too_large' | 'too_many' | 'invalid' | 'unsupported'
  severity: 'error' | 'warning'
  /** Chinese, names the limit. */
  message: string
  limit?: number
  actual?: number
}

/** `articleUrls[i]`: the link of article i of a push (0 = the lead, `url`), where known. */
export type PublishedOutcome = {
  state: 'published'
  url?: string
  remoteIds: RemoteIds
  note?: string
  articleUrls?: readonly (string | undefined)[]
}
export type ProcessingOutcome = { state: 'processing'; remoteIds: RemoteIds; pollAfterMs: number }
export type ManualOutcome = {
  state: 'manual'
  message: string
  link: string
  remoteIds: RemoteIds
  assistedPackage?: AssistedPackage
}
/**
 * A hand-off to a person with the phone (小红书, 视频号, Douyin without server publishing): the delivery
 * waits in `awaiting_operator` until the post's link is pasted back (POST /api/deliveries/:id/mark-published).
 */
export type AwaitingOperatorOutcome = { state: 'awaiting_operator'; message: string; handoff: HandoffPackage; remoteIds: RemoteIds }

/** One image or video of a hand-off, in posting order (1-based `position`), as the publisher received it. */
export type HandoffMedia = {
  kind: 'image' | 'video'
  position: number
  ref: AssetRef
  filename: string
  contentType: string
  width?: number
  height?: number
  byteLength?: number
}

/** What the operator copies and saves, field by field, to post by hand; stored as the delivery's `package`. */
export type HandoffPackage = {
  platform: PlatformId
  title: string
  /** The text to paste, topics written the platform's way. */
  body: string
  topics: readonly string[]
  media: readonly HandoffMedia[]
  cover?: HandoffMedia
  /** Chinese, one step per line, in order. */
  checklist: readonly string[]
  /** Opens the platform's app or page to post (Douyin's share schema, 视频号助手). */
  openUrl?: string
}

export type FailedOutcome = { state: 'failed'; reason: string; code?: string; remoteIds: RemoteIds }

export type PublishOutcome = PublishedOutcome | ProcessingOutcome | ManualOutcome | AwaitingOperatorOutcome
export type StatusOutcome = PublishedOutcome | ProcessingOutcome | ManualOutcome | AwaitingOperatorOutcome | FailedOutcome

/** What an operator needs to publish by hand in a back office (assisted mode). */
export type AssistedPackage = {
  title: string
  digest?: string
  html: string
  plainText: string
  /** Body images the operator must upload in the back office (the platform rejects outside images). */
  images: readonly BodyImage[]
  cover?: { filename: string; contentType: string; byteLength: number; base64: string }
  backOfficeUrl: string
  steps: readonly string[]
  /** The item's other titles, for the platform's own title test by hand (see PublishRequest.otherTitles). */
  otherTitles?: readonly string[]
}

export type ConnectionCheck = { name: string; ok: boolean; message: string }
export type ConnectionReport = { ok: boolean; canPublish: boolean; checks: ConnectionCheck[] }

/** A platform's push to our callback address, checked and read by its publisher. */
export type CallbackRequest = { method: 'GET' | 'POST'; query: URLSearchParams; body: string; credentials: unknown }

/** What a finished send job reported (WeChat MASSSENDJOBFINISH): `jobId` is the recorded `msgId`. */
export type SendJobReport = {
  jobId: string
  succeeded: boolean
  /** Chinese, for the delivery's record: the platform's status in words (audit reasons included). */
  statusText: string
  /** 0-based like `articleUrls` of an outcome. */
  articleUrls: readonly (string | undefined)[]
  counts: { total?: number; filtered?: number; sent?: number; errors?: number }
  raw: Record<string, unknown>
}

/** `refused`: the signature or body did not check out (answer 403, record nothing). */
export type CallbackResult =
  { kind: 'refused'; reason: string } | { kind: 'reply'; status: number; contentType: string; body: string; report?: SendJobReport }
