import type { Payload } from 'payload'
import { CONTENT_KIND } from '../../cms/delivery/buildPublishRequest'
import { dueTimeOf } from '../../cms/delivery/dueTime'
import { publishingRuntime } from '../../cms/delivery/publishingRuntime'
import { unconfirmedPlan } from '../../cms/delivery/postStep'
import { relationId } from '../../cms/review/contentSnapshot'
import { PLATFORMS, type PlatformId } from '../../lib/platforms'
import type { RemoteIds } from '../../publishers'
import { addDeliveryJob, type DeliveryQueues } from '../deliveryJobs'
import { deliveryJobId } from '../schedulerNames'

type Doc = Record<string, unknown>
export type ReconcileReport = { checked: number; readded: number; moved: number }

const PAGE = 200
/** An unconfirmed delivery whose platform can be read back is asked again at most this often (quotas). */
const READ_BACK_EVERY_MS = 60 * 60_000
/** A scheduled job off its calendar time by more than this is moved. */
const DRIFT_MS = 2000
const OVERDUE_MS = 30_000
const FINISHED_JOB_STATES = new Set(['completed', 'failed', 'unknown'])

/**
 * The database is the record, Redis only the trigger: every delivery that still needs the scheduler
 * (queued, sending, processing, and unconfirmed ones it can settle) gets its job back if the job is
 * missing or finished, and a scheduled job follows its calendar entry's time.
 */
export async function reconcile(args: { payload: Payload; queues: DeliveryQueues }): Promise<ReconcileReport> {
  const { payload, queues } = args
  const report: ReconcileReport = { checked: 0, readded: 0, moved: 0 }
  const platforms = new Map<string, PlatformId | null>()
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'deliveries', overrideAccess: true, depth: 0, limit: PAGE, page, sort: 'createdAt',
      where: { state: { in: ['queued', 'sending', 'processing', 'unconfirmed'] } },
    })
    for (const delivery of docs as Doc[]) {
      report.checked += 1
      const platform = await platformOf({ payload, delivery, cache: platforms })
      if (platform === null) continue
      const change = await reconcileOne({ payload, queues, delivery, platform })
      if (change === 'readded') report.readded += 1
      if (change === 'moved') report.moved += 1
    }
    if (!hasNextPage) break
  }
  if (report.readded > 0 || report.moved > 0) payload.logger.warn(report, 'reconciler repaired the schedule')
  return report
}

async function reconcileOne(args: { payload: Payload; queues: DeliveryQueues; delivery: Doc; platform: PlatformId }): Promise<'readded' | 'moved' | null> {
  const { payload, delivery, platform } = args
  const queue = args.queues[platform]
  const deliveryId = delivery.id as string | number
  const job = await queue.getJob(deliveryJobId(deliveryId))
  const jobState = job ? await job.getState() : 'unknown'
  const now = Date.now()
  const dueAt = delivery.state === 'queued' ? await dueTimeOf({ payload, delivery }) : now
  if (job && !FINISHED_JOB_STATES.has(jobState)) {
    if (jobState !== 'delayed') return null
    const firesAt = job.timestamp + (job.delay ?? 0)
    if (firesAt < now - OVERDUE_MS) {
      // A delayed job long past its time was not promoted (e.g. across a Redis restart): run it now.
      await job.promote()
      return 'moved'
    }
    if (delivery.state !== 'queued' || dueAt <= now) return null
    // Scheduled for later: the job must fire at the calendar time (a lost reschedule is repaired here).
    if (Math.abs(firesAt - dueAt) <= DRIFT_MS) return null
    await job.changeDelay(dueAt - now)
    return 'moved'
  }
  if (delivery.state === 'unconfirmed' && !(await worthSettling({ payload, delivery, platform, now }))) return null
  if (job) await job.remove().catch(() => undefined)
  await addDeliveryJob({ queue, deliveryId, platform, runAt: dueAt > now ? new Date(dueAt) : undefined })
  return 'readded'
}

async function worthSettling(args: { payload: Payload; delivery: Doc; platform: PlatformId; now: number }): Promise<boolean> {
  const content = args.delivery.content as { relationTo: string } | undefined
  const publisher = content ? publishingRuntime().registry.find({ platform: args.platform, contentKind: CONTENT_KIND[content.relationTo] }) : undefined
  if (!publisher) return false
  const plan = unconfirmedPlan({ publisher: publisher.id, remoteIds: (args.delivery.remoteIds ?? {}) as RemoteIds, canCheckStatus: publisher.checkStatus !== undefined })
  if (plan === 'operator') return false
  const lastAt = Date.parse(String((args.delivery.lastError as Doc | null)?.at ?? ''))
  return plan === 'requeue' || !Number.isFinite(lastAt) || args.now - lastAt >= READ_BACK_EVERY_MS
}

async function platformOf(args: { payload: Payload; delivery: Doc; cache: Map<string, PlatformId | null> }): Promise<PlatformId | null> {
  const accountId = relationId(args.delivery.account)
  if (accountId === null) return null
  const cached = args.cache.get(String(accountId))
  if (cached !== undefined) return cached
  const account = await args.payload.findByID({ collection: 'platform-accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true })
  const platform = PLATFORMS.find((p) => p === account?.platform) ?? null
  args.cache.set(String(accountId), platform)
  return platform
}
