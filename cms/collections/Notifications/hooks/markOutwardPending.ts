import type { CollectionBeforeChangeHook } from 'payload'
import type { Notification } from '../../../payload-types'

/** A new notification's e-mail and robot copies start pending: the save's own attempt, then the worker's sweep, settle them. */
export const markOutwardPending: CollectionBeforeChangeHook<Notification> = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, emailOutward: 'pending', robotOutward: 'pending', outwardAttempts: 0, outwardError: null }
}
