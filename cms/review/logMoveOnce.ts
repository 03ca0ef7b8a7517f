import type { Payload } from 'payload'
import type { ContentSlug } from '../content'
import { REVIEW_RULES, type SystemEvent } from '../workflow/review'
import { REVIEW_STATES, type ReviewState } from '../workflow/reviewStates'
import { writeReviewLog } from './writeReviewLog'

/**
 * The log line of a system move made without a request (a platform confirming a publish), written once
 * however many processes write it: the run that moved the item, that run done again after it was
 * stopped before its line, and another delivery of the same item finding it already moved (公众号 and
 * 微博 at 9:00, on two workers). The line is the one that follows the item's last line, and its key says
 * so; the database keeps the key unique, so of two writers that read the same last line one line is
 * written. A last line that is already this move (same event, state and revision) means it is logged.
 * Never inside a transaction: on Postgres a refused insert would end the transaction.
 */
export async function logMoveOnce(args: {
  payload: Payload
  collection: ContentSlug
  id: string | number
  event: SystemEvent
  to: ReviewState
  revision: string | null
  /** The state it came from, when the writer saw it; otherwise the state the log last recorded. */
  from?: ReviewState
}): Promise<void> {
  const { payload, collection, id, event, to, revision } = args
  const { docs } = await payload.find({
    collection: 'review-logs',
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }] },
    sort: ['-at', '-id'],
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { event: true, to: true, revision: true, doc: true },
  })
  const last = docs[0]
  if (last && last.event === event && last.to === to && (last.revision ?? null) === revision) {
    // Written, but perhaps not whole: the SQLite worker writes the line and then its link to the item, without a transaction.
    if (!last.doc)
      await payload.db.updateOne({
        collection: 'review-logs',
        where: { id: { equals: last.id } },
        data: { doc: { relationTo: collection, value: id } },
      })
    return
  }
  await writeReviewLog({
    payload,
    collection,
    id,
    from: args.from ?? stateBefore(event, last?.to),
    to,
    event,
    revision,
    moveKey: `${collection}:${id}:${event}:after:${last?.id ?? 'none'}`,
  })
}

/** The state the log last recorded, when the move can come from it; else the first the move comes from. */
function stateBefore(event: SystemEvent, logged: string | null | undefined): ReviewState {
  const from = REVIEW_RULES[event].from
  const state = REVIEW_STATES.find((s) => s === logged)
  return state !== undefined && from.includes(state) ? state : from[0]
}
