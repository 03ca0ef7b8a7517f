import type { CollectionBeforeChangeHook } from 'payload'
import { OUTWARD_LEASE_MS } from '../../../notify/outwardState'
import type { Notification } from '../../../payload-types'

/**
 * A new notification's e-mail and robot copies start pending: the save's own attempt settles them, and
 * if its process stops first, the worker's sweep takes them a lease later.
 */
export const markOutwardPending: CollectionBeforeChangeHook<Notification> = ({ data, operation }) => {
  if (operation !== 'create') return data
  return {
    ...data,
    emailOutward: 'pending',
    robotOutward: 'pending',
    outwardAttempts: 0,
    outwardNextAt: new Date(Date.now() + OUTWARD_LEASE_MS).toISOString(),
    outwardError: null,
  }
}
