import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Redis } from 'ioredis'
import { type BackgroundQueues, readBackgroundQueues } from '../../scheduler/backgroundQueueOverview'
import { createDeliveryQueues, closeDeliveryQueues, moveDeliveryJob, type DeliveryQueues } from '../../scheduler/deliveryJobs'
import { createNotifyQueue } from '../../scheduler/notifyJobs'
import { addOcrJob, createOcrQueue } from '../../scheduler/ocrJobs'
import { createPlanningQueue } from '../../scheduler/planningJobs'
import { readQueueOverview } from '../../scheduler/queueOverview'
import { addStatsJob, createStatsQueue, STATS_QUEUE, upsertDailyStatsScheduler } from '../../scheduler/statsJobs'
import { failingWorker } from '../helpers/failingWorker'
import { startTestRedis, type TestRedis } from '../helpers/redis'

let redis: TestRedis
let connection: Redis
let queues: DeliveryQueues

before(async () => {
  // A server of its own, not a database of the run's shared one: BullMQ counts a queue's workers by
  // connection name across the whole server, and other files run workers of the same queues meanwhile.
  redis = await startTestRedis()
  connection = new Redis(redis.url, { maxRetriesPerRequest: null })
  queues = createDeliveryQueues(connection)
})
after(async () => {
  await closeDeliveryQueues(queues)
  connection.disconnect()
  await redis.stop()
})

test('/admin/queues lists a moved job at the time it fires, not 30 minutes early', async () => {
  const minute = 60_000
  const created = Date.now() - 30 * minute
  // A job made half an hour ago for a slot two hours from then…
  await queues.wechat.add(
    'deliver',
    { deliveryId: 41, platform: 'wechat', polls: 0 },
    { jobId: 'delivery-41', timestamp: created, delay: 120 * minute },
  )
  // …then the slot is moved to two hours from now (the calendar's drag, rescheduleDelivery).
  const runAt = new Date(Date.now() + 120 * minute)
  await moveDeliveryJob({ queue: queues.wechat, deliveryId: 41, platform: 'wechat', runAt })
  const [wechat] = (await readQueueOverview(queues)).filter((queue) => queue.platform === 'wechat')
  const job = wechat.jobs.find((j) => j.deliveryId === 41)
  assert.ok(job, JSON.stringify(wechat.jobs))
  assert.equal(job.state, 'delayed')
  const listedAt = new Date(job.at).getTime()
  // The old reading (creation + delay) said half an hour early; the job fires at runAt.
  assert.ok(Math.abs(listedAt - runAt.getTime()) < 5_000, `listed ${job.at}, fires ${runAt.toISOString()}`)
})

test('/admin/queues shows the background queues: no worker, the next daily run, and a failed run with its account, day and reason', async () => {
  const background: BackgroundQueues = {
    ocr: createOcrQueue(connection),
    stats: createStatsQueue(connection),
    planning: createPlanningQueue(connection),
    notify: createNotifyQueue(connection),
  }
  let worker: Awaited<ReturnType<typeof failingWorker>> | undefined
  try {
    await upsertDailyStatsScheduler({ queue: background.stats, timeZone: 'Asia/Shanghai' })
    await addOcrJob({ queue: background.ocr, mediaId: 12, delayMs: 3_600_000 })
    await addStatsJob({ queue: background.stats, input: { account: 7, day: '2026-12-04' } })

    // Nothing listens yet: the operator must be told, with the runs still counted.
    const idle = await readBackgroundQueues(background)
    assert.deepEqual(
      idle.map((queue) => [queue.kind, queue.workers]),
      [
        ['ocr', 0],
        ['stats', 0],
        ['planning', 0],
        ['notify', 0],
      ],
    )
    assert.equal(idle.find((queue) => queue.kind === 'ocr')?.counts.delayed, 1)
    const daily = idle.find((queue) => queue.kind === 'stats')?.schedules ?? []
    assert.equal(daily.length, 1, JSON.stringify(daily))
    const next = new Date(daily[0].next ?? '')
    // 10:00 in Shanghai is 02:00 UTC, within the coming day.
    assert.equal(next.toISOString().slice(11, 19), '02:00:00', daily[0].next ?? 'no next run')
    assert.ok(next.getTime() > Date.now() && next.getTime() <= Date.now() + 86_400_000)

    // A run that has used up its attempts (as the third failure leaves it).
    await background.stats.add('collect', { account: 8, day: '2026-12-03' }, { jobId: 'stats-8-2026-12-03', attempts: 1 })

    // A worker takes both runs and fails them: the first waits out its retry, the second is given up.
    worker = await failingWorker({ connection, queue: STATS_QUEUE, reason: '微博接口 10 秒未应答', count: 2 })
    assert.deepEqual([...worker.failedIds].sort(), ['stats-7-2026-12-04', 'stats-8-2026-12-03'])
    const [, stats] = await readBackgroundQueues(background)
    assert.equal(stats.workers, 1)
    assert.equal(stats.counts.failed, 1)
    const shown = (account: number) => {
      const job = stats.jobs.find((candidate) => candidate.subject?.id === account)
      return job && { state: job.state, subject: job.subject, day: job.day, failedReason: job.failedReason, attemptsMade: job.attemptsMade }
    }
    assert.deepEqual(shown(7), {
      state: 'retrying',
      subject: { collection: 'platform-accounts', id: 7 },
      day: '2026-12-04',
      failedReason: '微博接口 10 秒未应答',
      attemptsMade: 1,
    })
    assert.deepEqual(shown(8), {
      state: 'failed',
      subject: { collection: 'platform-accounts', id: 8 },
      day: '2026-12-03',
      failedReason: '微博接口 10 秒未应答',
      attemptsMade: 1,
    })
    const at = (account: number) => new Date(stats.jobs.find((job) => job.subject?.id === account)?.at ?? 0).getTime()
    // The retry comes after the statistics queue's 10-minute backoff; the given-up run is listed when it failed.
    assert.ok(Math.abs(at(7) - (Date.now() + 10 * 60_000)) < 15_000, new Date(at(7)).toISOString())
    assert.ok(Math.abs(at(8) - Date.now()) < 15_000, new Date(at(8)).toISOString())
    // The scheduler's next daily job waits in the delayed set too, but it has not failed: it is not listed.
    assert.ok(
      stats.jobs.every((job) => job.subject !== null),
      JSON.stringify(stats.jobs),
    )
  } finally {
    await worker?.close()
    await Promise.all(Object.values(background).map((queue) => queue.obliterate({ force: true }).then(() => queue.close())))
  }
})
