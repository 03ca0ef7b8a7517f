import type { Payload, PayloadRequest } from 'payload'
import { entryStateForDelivery } from '../calendar/entryDecision'
import { relationId } from '../content'
import { writeArrayRowColumns } from '../database/arrayRowColumns'
import type { Delivery } from '../payload-types'
import { RESTING_STATES } from '../workflow/deliveryStates'
import { readRemoteIds } from './deliveryJson'
import { notifyDeliveryTrouble } from './notifyDeliveryTrouble'
import { articleUrlsOf, bundleWithUrls } from './pushColumns'
import type { DeliveryRow } from './readDelivery'

type BundleRows = NonNullable<Delivery['bundle']>

/** A move left unfinished this long is taken for one whose process stopped (a live one takes milliseconds, minutes on a swamped worker). */
export const FOLLOW_UP_GRACE_MS = 5 * 60_000

/** Whether a move into `state` marks its follow-ups pending in the same write as the state. */
export function followUpMatters(state: DeliveryRow['state']): boolean {
  return RESTING_STATES.includes(state)
}

/**
 * What follows a delivery's move, derived from the moved row alone so that it can be done again: the
 * calendar entry shows the state, the owner and approver are told of trouble, and a published push's
 * 次条 get their links (recorded as `url:<i>` in the remote ids by the write that moved the state). Then
 * the row's `followUpPending` is cleared, unless the delivery has moved on since (that move clears its own).
 * `bundle`: a push's rows, when the caller has them (read otherwise, and only when there are links to write).
 */
export async function followUpMove(args: { payload: Payload; req?: PayloadRequest; row: DeliveryRow; bundle?: BundleRows }): Promise<void> {
  const { payload, req, row } = args
  const entryId = relationId(row.calendarEntry)
  const entryState = entryStateForDelivery(row.state)
  if (entryId !== null && entryState !== null) {
    // A column write: the entry may be gone (deleted since), and its hooks plan slots, not progress.
    await payload.db.updateOne({
      collection: 'calendar-entries',
      where: { id: { equals: entryId } },
      data: { state: entryState, updatedAt: new Date().toISOString() },
      req,
      options: { atomic: true },
    })
  }
  await notifyDeliveryTrouble({ payload, req, delivery: row })
  if (row.state === 'published') await writeRecordedBundleLinks({ payload, req, row, bundle: args.bundle })
  if (!row.followUpPending) return
  await payload.db.updateOne({
    collection: 'deliveries',
    where: { and: [{ id: { equals: row.id } }, { state: { equals: row.state } }, { followUpPending: { equals: true } }] },
    data: { followUpPending: false },
    req,
    options: { atomic: true },
  })
}

/**
 * The reconciler's part: the follow-ups of moves whose process stopped before finishing them (a worker
 * killed, a web process stopped mid-request), each done again from the delivery as it is now. Answers how many.
 */
export async function finishInterruptedMoves(args: { payload: Payload; now?: number }): Promise<number> {
  const { payload } = args
  const before = new Date((args.now ?? Date.now()) - FOLLOW_UP_GRACE_MS).toISOString()
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { and: [{ followUpPending: { equals: true } }, { updatedAt: { less_than_equal: before } }] },
    sort: 'updatedAt',
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  for (const delivery of docs) await followUpMove({ payload, row: delivery, bundle: delivery.bundle ?? [] })
  if (docs.length > 0) payload.logger.warn({ deliveries: docs.map((d) => d.id) }, 'finished what followed deliveries’ moves')
  return docs.length
}

/** The 次条 links the remote ids hold, into the bundle's rows. */
async function writeRecordedBundleLinks(args: { payload: Payload; req?: PayloadRequest; row: DeliveryRow; bundle?: BundleRows }) {
  const { payload, req, row } = args
  const remoteIds = readRemoteIds(row.remoteIds)
  if (!Object.keys(remoteIds).some((key) => /^url:\d+$/.test(key))) return
  const bundle =
    args.bundle ??
    (await payload.findByID({ collection: 'deliveries', id: row.id, depth: 0, overrideAccess: true, req, disableErrors: true }))?.bundle ??
    []
  const urls = articleUrlsOf({ remoteIds, count: 1 + bundle.length })
  await writeBundleUrls({ payload, req, id: row.id, bundle, urls })
}

/**
 * The links of articles 1..n into the bundle's rows, once the delivery is published (no other writer
 * moves it after that). Not part of the state move: the compare-and-set's conditional update writes the
 * delivery's own columns, not an array's rows. Each row's link is written where the row is
 * (cms/database/arrayRowColumns.ts): a process stopped midway leaves every 次条 in place, and the
 * follow-up, still pending, writes the links again.
 */
export async function writeBundleUrls(args: {
  payload: Payload
  req?: PayloadRequest
  id: string | number
  bundle: BundleRows
  urls: readonly (string | undefined)[]
}): Promise<void> {
  if (args.bundle.length === 0 || args.urls.slice(1).every((url) => url === undefined)) return
  await writeArrayRowColumns({
    payload: args.payload,
    req: args.req,
    collection: 'deliveries',
    field: 'bundle',
    parentId: args.id,
    rows: bundleWithUrls(args.bundle, args.urls),
    columns: ['url'],
  })
}
