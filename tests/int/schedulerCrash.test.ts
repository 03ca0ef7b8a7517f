import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FaultInput } from '../fakes/shared/faults'
import type { Id } from '../helpers/fixtures'
import { PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import {
  approvedArticle,
  postCount,
  queuedDelivery,
  readDelivery,
  setDeliveryState,
  type SchedulerWorld,
  startSchedulerWorld,
  type StoredDelivery,
  waitForState,
} from './schedulerWorld'

/**
 * `kill -9` of the worker at each step of a WeChat publish and of a Weibo post, then a new worker: never a second post.
 * Latency on the next call holds the run at a known step while the worker is killed; with
 * `destroy-before-commit` that call never reaches the platform, with `hang-after-commit` it does.
 */
let world: SchedulerWorld
let worker: TestWorker
let queues: typeof import('../../scheduler/queues')
let editor = ''

const LOCK_MS = 5000
const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual']
const counts = async () => {
  const { entries } = await world.control.wechat.ledger()
  const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length
  return { images: count('uploadimg'), covers: count('material'), drafts: count('draft'), posts: count('publish') }
}
const requested = async (path: string) => (await world.control.wechat.requests()).filter((request) => request.path === path).length

/** Starts a WeChat delivery, waits until `reached` says the run is at the step, kills the worker there and starts a new one. */
type Counts = Awaited<ReturnType<typeof counts>>
type Progress = { delivery: StoredDelivery; before: Counts; requestedSince: (path: string) => Promise<number> }
let earlierOutput = ''

/** Starts a WeChat delivery, waits until `reached` says the run is at the step, kills the worker there and starts a new one. */
async function killAt(args: {
  faults: FaultInput[]
  reached: (progress: Progress) => Promise<boolean>
}): Promise<{ id: Id; before: Counts }> {
  await world.control.wechat.clearFaults()
  await world.control.wechat.addFaults(args.faults)
  const before = await counts()
  const baseline = new Map<string, number>()
  for (const path of ['/cgi-bin/draft/add', '/cgi-bin/freepublish/submit']) baseline.set(path, await requested(path))
  const requestedSince = async (path: string) => (await requested(path)) - (baseline.get(path) ?? 0)
  const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'wechat' })
  await queues.enqueueDelivery({ deliveryId: id, platform: 'wechat' })
  await waitFor({
    what: 'the run to reach the step',
    timeoutMs: 60_000,
    check: async () => args.reached({ delivery: await readDelivery(world, id), before, requestedSince }),
  })
  await worker.kill()
  earlierOutput = worker.output()
  worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
  return { id, before }
}

/** Both workers' logs (the killed one's and its successor's), for a failing test. */
const workers = () => ({ output: () => `${earlierOutput}\n${worker.output()}` })

before(async () => {
  world = await startSchedulerWorld()
  queues = await import('../../scheduler/queues')
  editor = await login({ url: world.cms.url, email: world.team.editor.email, password: PASSWORD })
  worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

describe('kill -9 of the worker during a WeChat publish', () => {
  test(
    'after the uploads (draft/add never arrived): resumed, one draft, one post, cover uploaded once',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({
        faults: [
          { path: '/cgi-bin/draft/add', kind: 'latency', ms: 4000 },
          { path: '/cgi-bin/draft/add', kind: 'destroy-before-commit' },
        ],
        reached: async ({ delivery, requestedSince }) =>
          Boolean(delivery.remoteIds?.cover) && (await requestedSince('/cgi-bin/draft/add')) > 0,
      })
      const done = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      const after = await counts()
      assert.deepEqual(
        {
          images: after.images - before.images,
          covers: after.covers - before.covers,
          drafts: after.drafts - before.drafts,
          posts: after.posts - before.posts,
        },
        { images: 1, covers: 1, drafts: 1, posts: 1 },
      )
    }),
  )

  test(
    'after draft/add (submit never arrived): unconfirmed, nothing posted; the operator checks and retries: one post, no second draft',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({
        faults: [
          { path: '/cgi-bin/freepublish/submit', kind: 'latency', ms: 4000 },
          { path: '/cgi-bin/freepublish/submit', kind: 'destroy-before-commit' },
        ],
        reached: async ({ delivery, requestedSince }) =>
          Boolean(delivery.remoteIds?.draft) && (await requestedSince('/cgi-bin/freepublish/submit')) > 0,
      })
      const unconfirmed = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(unconfirmed.state, 'unconfirmed', 'the submit may have reached WeChat: never re-sent blindly')
      assert.match(unconfirmed.lastError!.action, /核对/)
      assert.equal((await counts()).posts, before.posts)
      const { requeueByOperator } = await import('../../cms/delivery/requeueByOperator')
      assert.equal(await requeueByOperator({ payload: world.db, id, event: 'retry' }), true)
      const done = await waitForState(world, { id, states: ['published', 'failed'], timeoutMs: 60_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      const after = await counts()
      assert.equal(after.posts - before.posts, 1)
      assert.equal(after.drafts - before.drafts, 1, 'the recorded draft was submitted, not a new one')
    }),
  )

  test(
    'after submit (its publish_id recorded): the new worker finishes by polling; one post',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({ faults: [], reached: async ({ delivery }) => Boolean(delivery.remoteIds?.publish) })
      const done = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      assert.match(String(done.url), /^https:\/\/mp\.weixin\.qq\.com\//)
      const after = await counts()
      assert.deepEqual({ drafts: after.drafts - before.drafts, posts: after.posts - before.posts }, { drafts: 1, posts: 1 })
    }),
  )

  test(
    'after WeChat committed the submit but before we recorded it: unconfirmed, never re-posted; the operator confirms with the link',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({
        faults: [{ path: '/cgi-bin/freepublish/submit', kind: 'hang-after-commit' }],
        reached: async ({ before: at }) => (await counts()).posts > at.posts,
      })
      const unconfirmed = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(unconfirmed.state, 'unconfirmed')
      assert.equal(unconfirmed.remoteIds?.publish, undefined, 'the publish_id never reached us')
      // Two more reconcile rounds: still one post.
      await new Promise((resolve) => setTimeout(resolve, 11_000))
      assert.equal((await counts()).posts - before.posts, 1)
      assert.equal((await readDelivery(world, id)).state, 'unconfirmed')
      const confirmed = await api<StoredDelivery>({
        url: world.cms.url,
        method: 'POST',
        path: `/api/deliveries/${id}/mark-published`,
        token: editor,
        body: { url: 'https://mp.weixin.qq.com/s/CHECKED_BY_OPERATOR' },
      })
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body))
      assert.equal(confirmed.body.state, 'published')
      assert.equal((await counts()).posts - before.posts, 1)
    }),
  )
})

describe('kill -9 of the worker during a Weibo post (one call, its start recorded just before it)', () => {
  const shares = async () => (await world.control.weibo.requests()).filter((request) => request.path === '/2/statuses/share.json').length

  test(
    'during statuses/share (held, never arrived): unconfirmed with the time it started, nothing posted, never re-sent blindly',
    withWorkerLog(workers, async () => {
      await world.control.weibo.clearFaults()
      await world.control.weibo.addFaults([
        { path: '/2/statuses/share.json', kind: 'latency', ms: 4000 },
        { path: '/2/statuses/share.json', kind: 'destroy-before-commit' },
      ])
      const [posts, sharesBefore] = [await postCount(world, 'weibo'), await shares()]
      const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })
      await queues.enqueueDelivery({ deliveryId: id, platform: 'weibo' })
      await waitFor({
        what: 'the share call to be on its way',
        timeoutMs: 60_000,
        check: async () => Boolean((await readDelivery(world, id)).remoteIds?.shareStarted) && (await shares()) > sharesBefore,
      })
      await worker.kill()
      earlierOutput = worker.output()
      worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
      const unconfirmed = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(unconfirmed.state, 'unconfirmed', JSON.stringify(unconfirmed.lastError))
      assert.match(unconfirmed.lastError!.action, /核对/)
      assert.match(String(unconfirmed.remoteIds?.shareStarted), /^\d{4}-\d\d-\d\dT/)
      assert.equal(await postCount(world, 'weibo'), posts)
    }),
  )

  test(
    'left sending before the share (a worker that died between its claim and the call): sent again by itself, one post',
    withWorkerLog(workers, async () => {
      await world.control.weibo.clearFaults()
      const [posts, sharesBefore] = [await postCount(world, 'weibo'), await shares()]
      const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })
      // What the dead worker left: claimed (`sending`), no remote id, no live lease.
      await setDeliveryState(world, { id, state: 'sending' })
      await queues.enqueueDelivery({ deliveryId: id, platform: 'weibo' })
      const done = await waitForState(world, { id, states: ['published', 'failed', 'unconfirmed'], timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      assert.equal(await postCount(world, 'weibo'), posts + 1)
      assert.equal((await shares()) - sharesBefore, 1)
    }),
  )

  test(
    'a share Weibo refused (10001, retry in 30 s) withdraws its start: a worker killed before the retry’s call leaves it to be sent by itself, one post',
    withWorkerLog(workers, async () => {
      await world.control.weibo.clearFaults()
      await world.control.weibo.addFaults({
        path: '/2/statuses/share.json',
        kind: 'reply',
        status: 400,
        json: { request: '/2/statuses/share.json', error_code: 10001, error: 'System error' },
      })
      const [posts, sharesBefore] = [await postCount(world, 'weibo'), await shares()]
      const { id } = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })
      await queues.enqueueDelivery({ deliveryId: id, platform: 'weibo' })
      const refused = await waitFor({
        what: 'Weibo’s refusal to be recorded, the delivery back in the queue',
        timeoutMs: 60_000,
        check: async () => {
          const stored = await readDelivery(world, id)
          return stored.state === 'queued' && stored.remoteIds?.shareStarted !== undefined ? stored : undefined
        },
      })
      assert.equal(refused.remoteIds?.shareStarted, '', 'the start is withdrawn once Weibo answered')
      // The retry's run is killed after its claim and before its own call (still reading the picture, say).
      await worker.kill()
      earlierOutput = worker.output()
      await setDeliveryState(world, { id, state: 'sending' })
      worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
      const done = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      assert.equal(await postCount(world, 'weibo'), posts + 1)
      assert.equal((await shares()) - sharesBefore, 2, 'the refused share and the one that posted')
    }),
  )
})
