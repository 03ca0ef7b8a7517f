import type { PayloadRequest } from 'payload'
import type { Topic } from '../payload-types'

type Id = string | number

/**
 * Claims an approved topic for one "start writing" by a compare-and-set: a single conditional write
 * (UPDATE … SET state = 'in_production' WHERE id = ? AND state = 'approved') that only one of two
 * starts at once can win, on every adapter. The loser finds nothing to update and answers 409, so a
 * double click never makes a second draft. Written outside any transaction so the claim is seen at
 * once by the other request. True when this call made the claim.
 */
export async function claimTopic(args: { req: PayloadRequest; id: Id }): Promise<boolean> {
  const { payload } = args.req
  try {
    const row: unknown = await payload.db.updateOne({
      collection: 'topics',
      where: { and: [{ id: { equals: args.id } }, { state: { equals: 'approved' } }] },
      data: { state: 'in_production', updatedAt: new Date().toISOString() },
    })
    return isTopicRow(row) && row.state === 'in_production'
  } catch (error) {
    // SQLite: the other start's transaction holds the write lock, so this write timed out waiting.
    // The topic is then no longer approved and the claim is theirs; anything else is a real failure.
    const now = await payload.findByID({ collection: 'topics', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })
    if (now && now.state !== 'approved') return false
    throw error
  }
}

/** Gives the claim back when the draft could not be made (its transaction rolled back, so nothing links to it). */
export async function releaseTopic(args: { req: PayloadRequest; id: Id }): Promise<void> {
  await args.req.payload.db.updateOne({
    collection: 'topics',
    where: { and: [{ id: { equals: args.id } }, { state: { equals: 'in_production' } }] },
    data: { state: 'approved', updatedAt: new Date().toISOString() },
    returning: false,
  })
}

function isTopicRow(value: unknown): value is Pick<Topic, 'state'> {
  return typeof value === 'object' && value !== null && 'state' in value
}
