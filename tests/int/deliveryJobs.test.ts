import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { addDeliveryJob, closeDeliveryQueues, createDeliveryQueues, type DeliveryQueues } from '../../scheduler/deliveryJobs'
import type { DeliveryJobInput } from '../../scheduler/jobData'
import { deliveryJobId, deliveryQueueName, KEY_PREFIX } from '../../scheduler/schedulerNames'
import { useTestRedis } from '../helpers/redis'
import { waitFor } from '../helpers/waitFor'

let redis: Awaited<ReturnType<typeof useTestRedis>>
let connection: Redis
let queues: DeliveryQueues

before(async () => {
  redis = await useTestRedis()
  connection = new Redis(redis.url, { maxRetriesPerRequest: null })
  queues = createDeliveryQueues(connection)
})
after(async () => {
  await closeDeliveryQueues(queues)
  connection.disconnect()
  await redis.release()
})

/** A worker of the test's own on the 公众号 queue: `process` decides each run; the runs' job ids are recorded. */
function recordingWorker(process: (run: number) => Promise<void>): { runs: string[]; close: () => Promise<void> } {
  const runs: string[] = []
  const own = connection.duplicate()
  const worker = new Worker<DeliveryJobInput, void>(
    deliveryQueueName('wechat'),
    async (job) => {
      runs.push(String(job.id))
      await process(runs.length)
    },
    { connection: own, prefix: KEY_PREFIX },
  )
  return {
    runs,
    close: async () => {
      await worker.close()
      own.disconnect()
    },
  }
}

test("an operator's retry while the delivery's failed run is still finishing starts a new run once that one has ended", async () => {
  let finishFirstRun: () => void = () => undefined
  const firstRunHeld = new Promise<void>((resolve) => (finishFirstRun = resolve))
  const worker = recordingWorker(async (run) => {
    if (run === 1) await firstRunHeld
  })
  try {
    assert.equal(await addDeliveryJob({ queue: queues.wechat, deliveryId: 7001, platform: 'wechat' }), 'added')
    await waitFor({ what: 'the first run to start', timeoutMs: 10_000, check: async () => worker.runs.length === 1 })
    // The run has written `failed` and is sending its notices; the retry's add comes now.
    const retried = addDeliveryJob({ queue: queues.wechat, deliveryId: 7001, platform: 'wechat' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    finishFirstRun()
    await waitFor({ what: 'a second run of the delivery', timeoutMs: 10_000, check: async () => worker.runs.length === 2 })
    assert.equal(await retried, 'added')
    assert.deepEqual(worker.runs, [deliveryJobId(7001), deliveryJobId(7001)])
  } finally {
    finishFirstRun()
    await worker.close()
  }
})

test('a delivery whose job failed in the queue (kept a week for the dashboard) gets a new job when it is queued again', async () => {
  const worker = recordingWorker(async (run) => {
    if (run === 1) throw new Error('Redis hiccup')
  })
  try {
    const data: DeliveryJobInput = { deliveryId: 7002, platform: 'wechat', polls: 0 }
    await queues.wechat.add('deliver', data, { jobId: deliveryJobId(7002), attempts: 1, removeOnFail: false })
    await waitFor({
      what: 'the job to fail',
      timeoutMs: 10_000,
      check: async () => (await queues.wechat.getJob(deliveryJobId(7002)))?.getState().then((state) => state === 'failed'),
    })
    const added = await addDeliveryJob({ queue: queues.wechat, deliveryId: 7002, platform: 'wechat' })
    await waitFor({ what: 'a new run of the delivery', timeoutMs: 10_000, check: async () => worker.runs.length === 2 })
    assert.equal(added, 'added')
  } finally {
    await worker.close()
  }
})

test('a delivery with a job waiting for its time keeps that one job', async () => {
  const runAt = new Date(Date.now() + 3_600_000)
  assert.equal(await addDeliveryJob({ queue: queues.wechat, deliveryId: 7003, platform: 'wechat', runAt }), 'added')
  assert.equal(await addDeliveryJob({ queue: queues.wechat, deliveryId: 7003, platform: 'wechat' }), 'pending')
  const job = await queues.wechat.getJob(deliveryJobId(7003))
  assert.equal(await job?.getState(), 'delayed')
  assert.equal(job?.data.runAt, runAt.toISOString())
})

test('a run still going after the wait is left to finish; the add says so, for the log', async () => {
  let finishRun: () => void = () => undefined
  const runHeld = new Promise<void>((resolve) => (finishRun = resolve))
  const worker = recordingWorker(() => runHeld)
  try {
    await addDeliveryJob({ queue: queues.wechat, deliveryId: 7004, platform: 'wechat' })
    await waitFor({ what: 'the run to start', timeoutMs: 10_000, check: async () => worker.runs.length === 1 })
    assert.equal(await addDeliveryJob({ queue: queues.wechat, deliveryId: 7004, platform: 'wechat' }), 'running')
    assert.equal(await (await queues.wechat.getJob(deliveryJobId(7004)))?.getState(), 'active')
  } finally {
    finishRun()
    await worker.close()
  }
})
