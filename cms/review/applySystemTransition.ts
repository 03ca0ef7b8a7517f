import type { Payload, PayloadRequest } from 'payload'
import type { ContentSlug } from '../content'
import { REVIEW_RULES, type SystemEvent, systemMove } from '../workflow/review'
import { APPROVED_STATES, type ReviewState } from '../workflow/reviewStates'
import { type ReviewFields, readReviewFields, writeReviewFields } from './reviewFields'
import { logMoveOnce } from './logMoveOnce'
import { writeReviewLog } from './writeReviewLog'

export type SystemMove = { from: ReviewState; fields: ReviewFields }

/**
 * Applies one system event of the review table (the calendar scheduling, a platform confirming the
 * publish, an edit of approved or published content): checks the table against the main document's
 * state, writes the new review fields to the main document and its latest version (what the admin
 * and `draft: true` reads see), and writes the review log. With `req`, inside its transaction and
 * attributed to its user. Returns the move, or null when the event does not apply in the current
 * state (or another writer moved the item first): then nothing is written.
 */
export async function applySystemTransition(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  id: string | number
  event: SystemEvent
  /** The revision it concerns (the one scheduled or published); the pinned approved one when not given. */
  revision?: string | null
}): Promise<SystemMove | null> {
  const { payload, req, collection, id, event } = args
  const current = await readReviewFields({ payload, req, collection, id })
  if (!current) return null
  const to = systemMove({ event, state: current.status })
  if (!to) return null
  const rule = REVIEW_RULES[event]
  const revision = args.revision ?? current.approvedVersion
  const approval: Partial<ReviewFields> = APPROVED_STATES.includes(to) ? {} : { approvedVersion: null, approvedBy: null }
  const shown: Partial<ReviewFields> = rule.publicPage === 'shows_revision' && revision ? { publishedVersion: revision } : {}
  const fields = await writeReviewFields({
    payload,
    req,
    collection,
    id,
    from: current.status,
    fields: { status: to, ...approval, ...shown },
  })
  if (!fields) return null
  // Without a request the move is a worker's, which another process may log too: once, by its key.
  if (req) await writeReviewLog({ payload, req, collection, id, from: current.status, to, event, revision })
  else await logMoveOnce({ payload, collection, id, from: current.status, to, event, revision })
  return { from: current.status, fields }
}
