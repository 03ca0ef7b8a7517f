import type { PlatformId, RemoteIds } from './types'
import type { TokenProvider } from './tokens/tokenProvider'
import type { Logger } from './logger'
import type { CredentialsRotatedHandler } from './tokens/rotatedCredentials'

/**
 * One published post whose numbers we want, as the delivery recorded it: the collector derives how
 * its platform's statistics name the post from the remote ids (WeChat `<msg_data_id>_<idx>`, Weibo
 * `idstr`, Douyin/Toutiao `item_id`) and returns that as the row's `externalId`. `position` is the
 * article's 1-based place in a multi-article push (1 otherwise). Dates are YYYY-MM-DD on Beijing time.
 */
export type StatsPost = {
  deliveryId: string
  position: number
  remoteIds: RemoteIds
  publishedOn: string
}

/** Days to read, inclusive, YYYY-MM-DD (Beijing). `to` is at most yesterday for platforms that serve only past days. */
export type StatsWindow = { from: string; to: string }

/** The numbers of one post, all optional: a platform fills what it reports. Rates are 0..1. */
export type PostStatNumbers = {
  readers?: number
  reads?: number
  pushReaders?: number
  plays?: number
  shares?: number
  likes?: number
  wows?: number
  comments?: number
  favorites?: number
  reposts?: number
  completionRate?: number
}

/**
 * `kind: 'daily'`: the numbers earned on `date`; `kind: 'cumulative'`: the totals since publication
 * as of `date` (the CMS turns them into the day's numbers by subtracting what it already stored for
 * earlier days). `final: false` when the platform says the figures may still change (WeChat
 * `is_delay`): the CMS reads the day again later.
 */
export type PostStatRow = PostStatNumbers & {
  deliveryId: string
  position: number
  externalId: string
  date: string
  kind: 'daily' | 'cumulative'
  final: boolean
}

/** Followers of the account on `date` (people); `readers`/`shares`: the account's content totals that day, where the platform gives them. */
export type AccountStatRow = {
  date: string
  newFollowers?: number
  lostFollowers?: number
  followers?: number
  readers?: number
  shares?: number
  final: boolean
}

export type StatsResult = {
  posts: PostStatRow[]
  account: AccountStatRow[]
  /** Days the platform marked as not final yet: the CMS schedules a re-read. */
  delayedDates: string[]
}

export type StatsContext = {
  credentials: unknown
  tokens: TokenProvider
  signal: AbortSignal
  logger: Logger
  onCredentialsRotated?: CredentialsRotatedHandler
  now?(): number
}

/**
 * Reads a platform's statistics for one account. Throws the publishers' typed errors: QuotaExceededError
 * (WeChat 45009: the CMS stops for the day, no retry storm), PermissionError (48001, a missing scope),
 * AuthExpiredError/ReauthRequiredError, TransientError. Knows nothing of Payload.
 */
export type StatsCollector = {
  platform: PlatformId
  /** `previous-day`: figures exist for yesterday and before (WeChat, after 08:00 Beijing); `live`: current counters, read as today's. */
  freshness: 'previous-day' | 'live'
  collect(args: { posts: readonly StatsPost[]; window: StatsWindow; ctx: StatsContext }): Promise<StatsResult>
}
