import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Redis } from 'ioredis'
import { createDeliveryQueues, closeDeliveryQueues, moveDeliveryJob, type DeliveryQueues } from '../../scheduler/deliveryJobs'
import { readQueueOverview } from '../../scheduler/queueOverview'
import { useTestRedis } from '../helpers/redis'

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
