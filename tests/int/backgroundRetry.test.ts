import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Redis } from 'ioredis'
import { createPlanningQueue, PLANNING_QUEUE } from '../../scheduler/planningJobs'
import { addStatsJob, createStatsQueue, STATS_QUEUE } from '../../scheduler/statsJobs'
import { failingWorker } from '../helpers/failingWorker'
import { createTeam, PASSWORD, type ActorRole } from '../helpers/fixtures'
import { useTestRedis } from '../helpers/redis'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * /admin/queues' 重试 on a failed background job, through its door: POST
 * /api/scheduler/background/:kind/:job/retry. Admins only; a failed job runs again with its attempts
 * counted afresh; anything else is refused in words. No worker runs here: the test fails a job itself.
 */

let redis: Awaited<ReturnType<typeof useTestRedis>>
let cms: TestCms
let connection: Redis
const tokens = {} as Record<ActorRole | 'operator' | 'video_producer', string>

before(async () => {
  redis = await useTestRedis()
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  // The roles createTeam leaves out: an operator runs accounts, a video producer makes videos; neither runs the queues.
  for (const role of ['operator', 'video_producer'] as const) {
    const email = `${role}@test.local`
    await cms.payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, name: role, role } })
    tokens[role] = await login({ url: cms.url, email, password: PASSWORD })
  }
  connection = new Redis(redis.url, { maxRetriesPerRequest: null })
})
after(async () => {
  const { closeQueues } = await import('../../scheduler/queues')
  await closeQueues()
  connection?.disconnect()
  await cms?.close()
  await redis?.release()
})

const retry = (args: { kind: string; job: string; token: string | null }) =>
  api<{ retried?: boolean; message?: string; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/scheduler/background/${args.kind}/${encodeURIComponent(args.job)}/retry`,
    token: args.token,
    body: {},
  })

test('an admin runs a failed statistics run again; nobody else may, and a job that did not fail is left alone', async () => {
  const stats = createStatsQueue(connection)
  // A statistics run that has used up its attempts (one here), failed by a worker of the test's own; and one not yet due.
  await stats.add('collect', { account: 9, day: '2026-12-04' }, { jobId: 'stats-9-2026-12-04', attempts: 1 })
  await addStatsJob({ queue: stats, input: { account: 10, day: '2026-12-04' }, delayMs: 3_600_000 })
  let failing: Awaited<ReturnType<typeof failingWorker>> | undefined
  try {
    failing = await failingWorker({ connection, queue: STATS_QUEUE, reason: '微博授权已失效' })
    await failing.close()
    assert.equal(await (await stats.getJob('stats-9-2026-12-04'))?.getState(), 'failed')

    for (const [token, status] of [
      [null, 401],
      [tokens.editor, 403],
      [tokens.copywriter, 403],
      [tokens.designer, 403],
      [tokens.operator, 403],
      [tokens.video_producer, 403],
    ] as const) {
      const refused = await retry({ kind: 'stats', job: 'stats-9-2026-12-04', token })
      assert.equal(refused.status, status, JSON.stringify(refused.body))
    }
    assert.equal(await (await stats.getJob('stats-9-2026-12-04'))?.getState(), 'failed', 'still failed after the refusals')

    const retried = await retry({ kind: 'stats', job: 'stats-9-2026-12-04', token: tokens.admin })
    assert.equal(retried.status, 200, JSON.stringify(retried.body))
    assert.equal(retried.body.retried, true)
    const again = await stats.getJob('stats-9-2026-12-04')
    assert.equal(await again?.getState(), 'waiting', 'back in the queue for a worker to take')
    assert.equal(again?.attemptsMade, 0, 'with its attempts counted afresh')

    const waiting = await retry({ kind: 'stats', job: 'stats-10-2026-12-04', token: tokens.admin })
    assert.equal(waiting.status, 409, JSON.stringify(waiting.body))
    assert.match(waiting.body.errors?.[0]?.message ?? '', /没有出错/)
    const missing = await retry({ kind: 'stats', job: 'stats-11-2026-12-04', token: tokens.admin })
    assert.equal(missing.status, 404, JSON.stringify(missing.body))
    assert.match(missing.body.errors?.[0]?.message ?? '', /找不到这个任务/)
    const unknownQueue = await retry({ kind: 'publish-wechat', job: 'stats-9-2026-12-04', token: tokens.admin })
    assert.equal(unknownQueue.status, 404, JSON.stringify(unknownQueue.body))
  } finally {
    await failing?.close()
    await stats.obliterate({ force: true })
    await stats.close()
  }
})

test('the daily run a job scheduler made (its id holds colons) can be run again too', async () => {
  const planning = createPlanningQueue(connection)
  let failing: Awaited<ReturnType<typeof failingWorker>> | undefined
  try {
    await planning.upsertJobScheduler(
      'retry-test-daily',
      { every: 3_600_000 },
      { name: 'festival-reminders', data: {}, opts: { attempts: 1 } },
    )
    failing = await failingWorker({ connection, queue: PLANNING_QUEUE, reason: '数据库暂时不可用' })
    const [jobId] = failing.failedIds
    await failing.close()
    assert.match(jobId, /:/, jobId)
    const retried = await retry({ kind: 'planning', job: jobId, token: tokens.admin })
    assert.equal(retried.status, 200, JSON.stringify(retried.body))
    assert.equal(await (await planning.getJob(jobId))?.getState(), 'waiting')
  } finally {
    await failing?.close()
    await planning.obliterate({ force: true })
    await planning.close()
  }
})
