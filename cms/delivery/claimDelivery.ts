import type { Payload, Where } from 'payload'
import type { DeliveryState } from './deliveryStates'

type Doc = Record<string, unknown>

/**
 * Compare-and-set on a delivery's state: writes `data` only if the delivery is still in `from` (and
 * matches `also`), returning the updated document, or null when another writer got there first.
 *
 * One conditional write on both adapters: MongoDB's findOneAndUpdate with the filter; on SQLite the
 * `where` becomes part of the UPDATE statement itself (UPDATE … WHERE id = ? AND state = ?), so a
 * concurrent claim from another process matches no row. It bypasses collection hooks by design.
 */
export async function transitionDelivery(args: { payload: Payload; id: string | number; from: DeliveryState; also?: Where[]; data: Doc }): Promise<Doc | null> {
  const where: Where = { and: [{ id: { equals: args.id } }, { state: { equals: args.from } }, ...(args.also ?? [])] }
  const updated = (await args.payload.db.updateOne({ collection: 'deliveries', where, data: { ...args.data, updatedAt: new Date().toISOString() } })) as unknown as Doc | null
  return updated && updated.state === args.data.state ? updated : null
}

/**
 * queued → sending, counting the attempt: the one write that decides which run may call the platform.
 * `current`: the record as the caller just read it (its attempts; the state is checked by the write itself).
 */
export async function claimDelivery(args: { payload: Payload; id: string | number; current?: Doc }): Promise<{ attempts: number; sentAt: string } | null> {
  const current = args.current ?? ((await args.payload.findByID({ collection: 'deliveries', id: args.id, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null)
  if (!current || current.state !== 'queued') return null
  const attempts = Number(current.attempts ?? 0) + 1
  const sentAt = new Date().toISOString()
  const claimed = await transitionDelivery({ payload: args.payload, id: args.id, from: 'queued', data: { state: 'sending', attempts, sentAt } })
  return claimed ? { attempts, sentAt } : null
}
