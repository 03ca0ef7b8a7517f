import type { Access, SanitizedConfig } from 'payload'

/** Payload's record of who has an item open for editing (its “正在编辑” dialog reads it). */
const EDIT_LOCKS = 'payload-locked-documents'

/** The holder's id, however the relationship arrives: `{ relationTo, value }`, a populated user, or a bare id. */
function holderOf(user: unknown): string | null {
  const value = user !== null && typeof user === 'object' && 'value' in user ? user.value : user
  const id = value !== null && typeof value === 'object' && 'id' in value ? value.id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/** Taking a lock (or taking one over, as Payload's 接管 does) only in one's own name. */
const inOwnName: Access = ({ req, data }) =>
  Boolean(req.user) && holderOf((data as { user?: unknown } | undefined)?.user) === String(req.user?.id)

/** Letting go of one's own lock only. */
const ownLocks: Access = ({ req }) => (req.user ? { 'user.value': { equals: req.user.id } } : false)

/**
 * Payload opens its edit locks to any signed-in user at REST and GraphQL: anyone could make an item look
 * locked by a colleague, or remove a colleague's lock and let two people overwrite each other. Its own form
 * writes locks without these rules (straight to the database); what its pages send over REST (接管, leaving
 * an item) and the review bar's release all act in the sender's own name, which is all that stays open.
 * Reading stays open to the signed-in: the dialog names who holds the lock.
 */
export function editLocksInOwnName(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === EDIT_LOCKS)
  if (locks) locks.access = { ...locks.access, create: inOwnName, update: inOwnName, delete: ownLocks }
  return config
}
