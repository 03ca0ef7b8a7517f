import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { DOUYIN_PATHS } from '../fakes/douyin'
import type { FaultInput } from '../fakes/shared/faults'
import type { LedgerEntry } from '../fakes/shared/ledger'
import type { Id } from '../helpers/fixtures'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import {
  approvedVideo,
  queuedDelivery,
  readDelivery,
  type SchedulerWorld,
  startSchedulerWorld,
  type StoredDelivery,
  waitForState,
} from './schedulerWorld'

/**
 * `kill -9` of the worker during a Douyin video publish (server publishing), then a new worker. A video_id
 * is single-use (douyin.md §3.1), so the run must never upload a second video: it replays create_video with
 * the recorded video_id and, when Douyin answers that the id was used (2190007), finds the item it made
 * through video_list and adopts it. The fake's ledger is the proof: one upload, one item.
 */
let world: SchedulerWorld
let worker: TestWorker
let queues: typeof import('../../scheduler/queues')
let earlierOutput = ''

const LOCK_MS = 5000
const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'awaiting_operator']
const workers = () => ({ output: () => `${earlierOutput}\n${worker.output()}` })

const made = (entry: LedgerEntry) => Number(entry.data.error_code) === 0 && typeof entry.data.item_id === 'string'
async function ledger() {
  const { entries, requests } = await world.control.douyin.ledger()
  const of = (kind: string) => entries.filter((entry) => entry.kind === kind)
  return {
    uploads: [...of('upload_video'), ...of('complete_video_part_upload')],
    creates: of('create_video'),
    items: of('create_video').filter(made),
    createCalls: requests.filter((request) => request.path === DOUYIN_PATHS.createVideo).length,
  }
}
type Ledger = Awaited<ReturnType<typeof ledger>>

/** Starts a Douyin delivery, waits until `reached` says the run is at the step, kills the worker there and starts a new one. */
async function killAt(args: {
  faults: FaultInput[]
  reached: (progress: { delivery: StoredDelivery; before: Ledger; now: Ledger }) => boolean
}): Promise<{ id: Id; before: Ledger }> {
  await world.control.douyin.clearFaults()
  await world.control.douyin.addFaults(args.faults)
  const before = await ledger()
  const { id } = await queuedDelivery(world, { article: await approvedVideo(world), platform: 'douyin' })
  await queues.enqueueDelivery({ deliveryId: id, platform: 'douyin' })
  await waitFor({
    what: 'the run to reach the step',
    timeoutMs: 60_000,
    check: async () => args.reached({ delivery: await readDelivery(world, id), before, now: await ledger() }),
  })
  await worker.kill()
  earlierOutput = worker.output()
  worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
  return { id, before }
}

/** What this delivery left on the platform: the uploads and items made since `before`. */
async function since(before: Ledger) {
  const now = await ledger()
  return {
    uploads: now.uploads.slice(before.uploads.length),
    creates: now.creates.slice(before.creates.length),
    items: now.items.slice(before.items.length),
  }
}

const shareUrl = (itemId: string) => `https://www.douyin.com/video/${itemId.replace(/[@=]/g, '')}`

before(async () => {
  world = await startSchedulerWorld()
  queues = await import('../../scheduler/queues')
  worker = await startTestWorker({ lockMs: LOCK_MS, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

describe('kill -9 of the worker during a Douyin video publish', () => {
  test(
    'create_video made the item but never answered: the item adopted, published with its link; one upload, one item',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({
        faults: [{ path: DOUYIN_PATHS.createVideo, kind: 'hang-after-commit' }],
        reached: ({ before: at, now }) => now.items.length > at.items.length,
      })
      const done = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      const { uploads, creates, items } = await since(before)
      assert.equal(uploads.length, 1, 'never a second video')
      assert.equal(items.length, 1, 'exactly one item')
      const [item] = items
      assert.deepEqual(
        creates.map((entry) => [entry.data.video_id, Number(entry.data.error_code)]),
        [
          [item.data.video_id, 0],
          [item.data.video_id, 2190007],
        ],
        'the new run replayed the recorded video_id, Douyin refused it, and the item was found instead',
      )
      assert.equal(done.remoteIds?.video, item.data.video_id)
      assert.equal(done.remoteIds?.item, item.data.item_id)
      assert.equal(done.url, shareUrl(String(item.data.item_id)))
    }),
  )

  test(
    'after the upload, create_video never arrived: resumed with the recorded video_id; one upload, one item',
    withWorkerLog(workers, async () => {
      const { id, before } = await killAt({
        faults: [
          { path: DOUYIN_PATHS.createVideo, kind: 'latency', ms: 4000 },
          { path: DOUYIN_PATHS.createVideo, kind: 'destroy-before-commit' },
        ],
        reached: ({ delivery, before: at, now }) => Boolean(delivery.remoteIds?.video) && now.createCalls > at.createCalls,
      })
      const done = await waitForState(world, { id, states: FINAL, timeoutMs: 90_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      const { uploads, creates, items } = await since(before)
      assert.equal(uploads.length, 1, 'never a second video')
      assert.equal(items.length, 1, 'exactly one item')
      assert.equal(creates.length, 1, 'the dropped create never reached Douyin; the resumed one did')
      assert.equal(items[0].data.video_id, uploads[0].data.video_id, 'the recorded video_id was used')
      assert.equal(done.remoteIds?.item, items[0].data.item_id)
      assert.equal(done.url, shareUrl(String(items[0].data.item_id)))
    }),
  )
})
