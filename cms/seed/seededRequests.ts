import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { User } from '../payload-types'

type Id = string | number

/**
 * Requests acting as the demo's users, for the workflow's own writers (a review log names who acted,
 * a notification who sent it): each user read once, however many entries they act in.
 */
export function seededRequests(payload: Payload): (id: Id) => Promise<{ user: User; req: PayloadRequest }> {
  const known = new Map<string, Promise<{ user: User; req: PayloadRequest }>>()
  const load = async (id: Id) => {
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    return { user, req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload) }
  }
  return (id) => {
    const key = String(id)
    const found = known.get(key) ?? load(id)
    known.set(key, found)
    return found
  }
}
