import type { Where } from 'payload'
import { roleOf } from './roles'

type AccountRef = string | number | { id?: string | number | null } | null | undefined

type MaybeUser =
  | {
      id: string | number
      role?: string | null
      collection?: string
      accounts?: AccountRef[] | null
    }
  | null
  | undefined

export type AccountAssignment = 'all' | 'none' | Array<string | number>

/** The id of an account reference, whether Payload populated it or not. */
function accountIdOf(ref: AccountRef): string | number | null {
  if (typeof ref === 'string' || typeof ref === 'number') return ref
  if (ref && (typeof ref.id === 'string' || typeof ref.id === 'number')) return ref.id
  return null
}

/**
 * The platform accounts a user may schedule, publish, retry, cancel and confirm for.
 * Editors and admins: every account. An operator (内容运营): the accounts an admin assigned to them.
 * Everyone else: none — writers, designers and video producers hand their work to someone who schedules it.
 */
export function assignedAccounts(user: MaybeUser): AccountAssignment {
  const role = roleOf(user)
  if (role === 'admin' || role === 'editor') return 'all'
  if (role !== 'operator' || !user) return 'none'
  const ids: Array<string | number> = []
  for (const ref of user.accounts ?? []) {
    const id = accountIdOf(ref)
    if (id !== null) ids.push(id)
  }
  return ids
}

/** Whether the user may act (schedule, publish now, retry, cancel, confirm a hand-off) on this account. */
export function mayActOnAccount(user: MaybeUser, accountId: AccountRef): boolean {
  const id = accountIdOf(accountId)
  if (id === null) return false
  const assigned = assignedAccounts(user)
  if (assigned === 'all') return true
  if (assigned === 'none') return false
  // Ids compared as strings: SQLite gives numbers, Postgres may too, relationship input may be text.
  return assigned.some((own) => String(own) === String(id))
}

/** For access functions: true for everything, false for nothing, or a constraint on the account `field`. */
export function accountScope(user: MaybeUser, field = 'account'): boolean | Where {
  const assigned = assignedAccounts(user)
  if (assigned === 'all') return true
  if (assigned === 'none' || assigned.length === 0) return false
  return { [field]: { in: assigned } }
}
