import type { Payload } from 'payload'
import type { StatsContext, StatsWindow } from '../../../publishers'
import { errorSummary } from '../../../lib/errorSummary'
import { formatTeamTime } from '../../../lib/formatTeamTime'
import { isPlatformId, type PlatformId } from '../../../lib/platforms'
import { normalizeCredentials } from '../../delivery/normalizeCredentials'
import { publishingRuntime } from '../../delivery/publishingRuntime'
import { readAccountCredentials } from '../../secrets/readAccountCredentials'
import { writeRotatedCredentials } from '../../secrets/writeRotatedCredentials'
import { loadPublishedDeliveries } from './loadPublishedDeliveries'
import { statsCollectors } from './statsCollectors'
import {
  blockedUntil,
  healthAfterRun,
  isRetryable,
  readStatsHealth,
  type RunOutcome,
  type StatsHealth,
  type StatsStatus,
} from './statsHealth'
import { platformHasStatsApi, statsPostsOf } from './statsPosts'
import { STATS_TIME_ZONE, statsWindow } from './statsWindow'
import { storeStats } from './storeStats'

type Id = string | number

/** What one account's run came to, as 立即更新 answers it and the job decides its re-read. */
export type AccountCollection = {
  id: Id
  name: string
  platform: string
  status: StatsStatus
  message: string
  /** Posts asked about, and rows written (post and account rows). */
  posts: number
  rows: number
  /** Days the platform has not finalised: read again later. */
  delayedDates: string[]
  /** A network blip or rate limit: worth running again soon (the job's own retry). */
  retryable: boolean
}

const COLLECT_TIMEOUT_MS = 120_000
const NOTHING = { posts: 0, rows: 0, delayedDates: [], retryable: false }
const MANUAL_MESSAGE = '这个平台没有数据接口：请在发布记录里手动录入，或按账号导入表格'

/**
 * Reads one account's numbers from its platform now and stores them: the published posts of the last
 * ~90 days, over `window` (by default the collector's: the past week up to yesterday, or today for
 * live counters). System code: reads with overrideAccess and writes `api` rows without a user. Never
 * throws for the platform's or the store's errors: they become the account's statistics health,
 * so one account's trouble never stops the others. A quota or permission block holds until it ends,
 * for the daily job and for 立即更新 alike.
 */
export async function collectAccountStats(args: {
  payload: Payload
  accountId: Id
  now: Date
  window?: StatsWindow
  signal?: AbortSignal
}): Promise<AccountCollection> {
  const { payload, accountId, now } = args
  const account = await payload.findByID({
    collection: 'platform-accounts',
    id: accountId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  // Deleted since its job was queued: nothing to read, and nothing worth retrying.
  if (account === null)
    return { ...NOTHING, id: accountId, name: '', platform: '', status: 'error', message: '找不到这个平台账号（可能已删除）' }
  const previous = readStatsHealth(account.statsHealth)
  const answer = (health: Pick<StatsHealth, 'status' | 'message'>, rest: Partial<AccountCollection> = {}): AccountCollection => ({
    id: account.id,
    name: account.name,
    platform: account.platform,
    status: health.status,
    message: health.message ?? '',
    ...NOTHING,
    ...rest,
  })
  const platform: PlatformId | null = isPlatformId(account.platform) ? account.platform : null
  if (platform === null || !platformHasStatsApi(platform)) {
    const health: StatsHealth = { ...previous, status: 'manual', message: MANUAL_MESSAGE, code: null, lastRunAt: now.toISOString() }
    await writeHealth({ payload, accountId: account.id, health })
    return answer(health)
  }
  const collector = statsCollectors().get(platform)
  if (collector === undefined) return answer({ status: previous.status, message: '这个平台的数据回收还没有接入，暂时只能手动录入' })
  const until = blockedUntil({ health: previous, now })
  if (until !== null) {
    return answer({ status: previous.status, message: previous.message ?? `${formatTeamTime(until)} 前不再回收（立即更新也一样）` })
  }

  const window = args.window ?? statsWindow({ freshness: collector.freshness, now, timeZone: STATS_TIME_ZONE })
  let outcome: RunOutcome
  let posts = 0
  let delayedDates: string[] = []
  try {
    const deliveries = await loadPublishedDeliveries({ payload, accountId: account.id, now })
    const statsPosts = statsPostsOf({ platform, deliveries, timeZone: STATS_TIME_ZONE })
    posts = statsPosts.length
    const result = await collector.collect({
      posts: statsPosts,
      window,
      ctx: await statsContext({ payload, accountId: account.id, now, signal: args.signal }),
    })
    const { rows } = await storeStats({
      payload,
      accountId: account.id,
      posts: statsPosts,
      deliveryIds: new Map(deliveries.map((delivery) => [String(delivery.id), delivery.id])),
      postRows: result.posts,
      accountRows: result.account,
      now,
    })
    delayedDates = [...new Set(result.delayedDates)].sort()
    outcome = { kind: 'stored', window, posts, rows, delayedDates }
  } catch (error) {
    payload.logger.warn({ account: account.id, err: errorSummary(error) }, 'statistics collection failed')
    outcome = { kind: 'failed', error }
  }
  const health = healthAfterRun({ previous, outcome, now, formatTime: formatTeamTime })
  await writeHealth({ payload, accountId: account.id, health })
  return answer(health, {
    posts,
    rows: outcome.kind === 'stored' ? outcome.rows : 0,
    delayedDates,
    retryable: outcome.kind === 'failed' && isRetryable(outcome.error),
  })
}

/** Decrypted credentials (memory only) and the process's shared token provider, as a publish gets them. */
async function statsContext(args: { payload: Payload; accountId: Id; now: Date; signal?: AbortSignal }): Promise<StatsContext> {
  const { payload, accountId } = args
  const timeout = AbortSignal.timeout(COLLECT_TIMEOUT_MS)
  return {
    credentials: normalizeCredentials(await readAccountCredentials({ payload, id: accountId })),
    tokens: publishingRuntime().tokens,
    signal: args.signal ? AbortSignal.any([args.signal, timeout]) : timeout,
    logger: payload.logger,
    onCredentialsRotated: ({ credentials }) => writeRotatedCredentials({ payload, id: accountId, credentials }),
    now: () => args.now.getTime(),
  }
}

/**
 * The health is the system's record: no role writes it through the API (the field is closed). Written as the
 * account's columns: Payload's update would also rewrite the account's 长期指标 rows (delete, then insert) on
 * every run, which the worker on SQLite writes without a transaction, so a worker stopped in between would
 * lose them. No hook of the account concerns the health.
 */
async function writeHealth(args: { payload: Payload; accountId: Id; health: StatsHealth }): Promise<void> {
  await args.payload.db.updateOne({
    collection: 'platform-accounts',
    id: args.accountId,
    data: { statsHealth: args.health },
    returning: false,
  })
}
