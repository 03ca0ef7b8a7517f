import type { Job, Queue } from 'bullmq'
import { z } from 'zod'
import { delayedFireTime } from './delayedFireTime'
import type { NotifyJobData } from './notifyJobs'
import type { OcrJobData } from './ocrJobs'
import type { PlanningJobData } from './planningJobs'
import { type QueueCounts, readQueueCounts } from './queueCounts'
import type { StatsJobData } from './statsJobs'

/** The worker's queues besides the platforms': image text, statistics, planning reminders, notifications' copies. */
export const BACKGROUND_QUEUE_KINDS = ['ocr', 'stats', 'planning', 'notify'] as const
export type BackgroundQueueKind = (typeof BACKGROUND_QUEUE_KINDS)[number]

export type BackgroundJobView = {
  id: string
  /** Running, waiting out a retry after a failed attempt, or failed for good. */
  state: 'active' | 'retrying' | 'failed'
  /** When it failed for good, when its retry comes, or when a running job was created; ISO. */
  at: string
  attemptsMade: number
  failedReason: string | null
  /** What the job was about, for a link: the media it reads, the account whose numbers it collects. */
  subject: { collection: 'media' | 'platform-accounts'; id: string | number } | null
  /** The team day a statistics run reads. */
  day: string | null
}

export type BackgroundQueueView = {
  kind: BackgroundQueueKind
  name: string
  counts: QueueCounts
  /** Worker connections serving the queue: 0 means nothing runs these jobs. */
  workers: number
  /** The repeating jobs (the daily statistics, the reminders, the sweep) and when each runs next, ISO. */
  schedules: { id: string; next: string | null }[]
  jobs: BackgroundJobView[]
}

export type BackgroundQueues = {
  ocr: Queue<OcrJobData>
  stats: Queue<StatsJobData>
  planning: Queue<PlanningJobData>
  notify: Queue<NotifyJobData>
}

const LISTED_PER_STATE = 10

const id = z.union([z.string().min(1), z.number().int()])
// Job data is whatever Redis holds: read only what names the subject, and ignore the rest.
const jobSubjectSchema = z.object({ mediaId: id.optional(), account: id.optional(), day: z.string().optional() }).passthrough()

function subjectOf(kind: BackgroundQueueKind, data: unknown): Pick<BackgroundJobView, 'subject' | 'day'> {
  const parsed = jobSubjectSchema.safeParse(data)
  if (!parsed.success) return { subject: null, day: null }
  const { mediaId, account, day } = parsed.data
  if (kind === 'ocr' && mediaId !== undefined) return { subject: { collection: 'media', id: mediaId }, day: null }
  if (kind === 'stats' && account !== undefined) return { subject: { collection: 'platform-accounts', id: account }, day: day ?? null }
  return { subject: null, day: null }
}

async function view<T>(args: {
  kind: BackgroundQueueKind
  queue: Queue<T>
  job: Job<T>
  state: BackgroundJobView['state']
}): Promise<BackgroundJobView> {
  const { job, state } = args
  const at =
    state === 'failed'
      ? (job.finishedOn ?? job.timestamp)
      : state === 'retrying'
        ? await delayedFireTime({ queue: args.queue, job })
        : job.timestamp
  return {
    id: String(job.id),
    state,
    at: new Date(at).toISOString(),
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason || null,
    ...subjectOf(args.kind, job.data),
  }
}

async function readOne<T>(kind: BackgroundQueueKind, queue: Queue<T>): Promise<BackgroundQueueView> {
  const [counts, workers, schedulers, active, delayed, failed] = await Promise.all([
    readQueueCounts(queue),
    queue.getWorkersCount(),
    queue.getJobSchedulers(0, -1, true),
    queue.getJobs(['active'], 0, LISTED_PER_STATE - 1),
    // A delayed job that has failed before is waiting out a retry; the others (a new image's short wait) are routine.
    queue.getJobs(['delayed'], 0, 5 * LISTED_PER_STATE - 1, true),
    // Newest first: the operator looks for what broke last night.
    queue.getJobs(['failed'], 0, LISTED_PER_STATE - 1),
  ])
  const present = (jobs: (Job<T> | undefined)[]) => jobs.filter((job): job is Job<T> => Boolean(job))
  const listed = (jobs: Job<T>[], state: BackgroundJobView['state']) => Promise.all(jobs.map((job) => view({ kind, queue, job, state })))
  const retrying = present(delayed)
    .filter((job) => job.attemptsMade > 0 && job.failedReason)
    .slice(0, LISTED_PER_STATE)
  const jobs = await Promise.all([listed(present(active), 'active'), listed(retrying, 'retrying'), listed(present(failed), 'failed')])
  return {
    kind,
    name: queue.name,
    counts,
    workers,
    schedules: schedulers.map((scheduler) => ({
      id: scheduler.id ?? scheduler.key,
      next: scheduler.next === undefined ? null : new Date(scheduler.next).toISOString(),
    })),
    jobs: jobs.flat(),
  }
}

/** What an operator needs to see of the background queues: counts, whether a worker listens, the next runs, and what failed. */
export async function readBackgroundQueues(queues: BackgroundQueues): Promise<BackgroundQueueView[]> {
  return Promise.all([
    readOne('ocr', queues.ocr),
    readOne('stats', queues.stats),
    readOne('planning', queues.planning),
    readOne('notify', queues.notify),
  ])
}

export type BackgroundRetry = 'retried' | 'not_found' | 'not_failed'

/**
 * Runs a failed background job again (a statistics run after the account was re-authorised, say), with
 * its attempts counted afresh. Only a failed job: a waiting or running one is left as it is.
 */
export async function retryBackgroundJob(args: {
  queues: BackgroundQueues
  kind: BackgroundQueueKind
  jobId: string
}): Promise<BackgroundRetry> {
  const { queues, jobId } = args
  if (args.kind === 'ocr') return retryFailed(queues.ocr, jobId)
  if (args.kind === 'stats') return retryFailed(queues.stats, jobId)
  if (args.kind === 'planning') return retryFailed(queues.planning, jobId)
  return retryFailed(queues.notify, jobId)
}

async function retryFailed<T>(queue: Queue<T>, jobId: string): Promise<BackgroundRetry> {
  const job = await queue.getJob(jobId)
  if (!job) return 'not_found'
  if ((await job.getState()) !== 'failed') return 'not_failed'
  await job.retry('failed', { resetAttemptsMade: true })
  return 'retried'
}
