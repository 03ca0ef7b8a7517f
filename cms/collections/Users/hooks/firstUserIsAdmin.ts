import type { CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../payload-types'

/** The account created on an empty installation (the admin's "create first user") is an admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
