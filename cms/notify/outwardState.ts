import type { Payload, Where } from 'payload'
import type { Notification } from '../payload-types'

/**
 * Where a notification's e-mail or 企业微信 copy stands. `pending`: not sent yet, or its last attempt
 * failed and the worker's sweep will try again; `sent`: handed to the SMTP server or the robot;
 * `off`: not to be sent (the recipient turned e-mail off, or no SMTP_URL / WECOM_WEBHOOK_URL is set);
 * `failed`: given up after MAX_OUTWARD_ATTEMPTS. A notification from before this field has none.
 */
export const OUTWARD_STATES = ['pending', 'sent', 'off', 'failed'] as const
export type OutwardState = (typeof OUTWARD_STATES)[number]

/**
 * How long after each failed attempt the worker's sweep tries again, in minutes: a mail server or
 * robot that is down gets about an hour before the copy is given up.
 */
export const OUTWARD_RETRY_MINUTES = [2, 5, 10, 20, 30] as const
/** The save's own attempt, then one per wait above. */
export const MAX_OUTWARD_ATTEMPTS = OUTWARD_RETRY_MINUTES.length + 1
/**
 * An attempt's hold on its copy: a save's first attempt, or a claimed one, that has not recorded
 * within this long (its process died) is taken by the sweep. Its sends give up within 15 s.
 */
export const OUTWARD_LEASE_MS = 2 * 60_000

export type OutwardChannels = { email: OutwardState; robot: OutwardState }

export function channelsOf(notification: Pick<Notification, 'emailOutward' | 'robotOutward'>): OutwardChannels {
  return { email: notification.emailOutward ?? 'off', robot: notification.robotOutward ?? 'off' }
}

export function anyPending(channels: OutwardChannels): boolean {
  return channels.email === 'pending' || channels.robot === 'pending'
}

export function hasPendingChannel(notification: Pick<Notification, 'emailOutward' | 'robotOutward'>): boolean {
  return anyPending(channelsOf(notification))
}

/** When the sweep tries a copy again after attempt number `attempt` failed; null when none follows. */
export function nextOutwardAttemptAt(args: { attempt: number; now: Date }): Date | null {
  const waitMinutes = OUTWARD_RETRY_MINUTES[args.attempt - 1]
  return waitMinutes === undefined ? null : new Date(args.now.getTime() + waitMinutes * 60_000)
}

/**
 * Takes the next attempt at a notification's outward copies, only if nobody took it meanwhile: a
 * compare-and-set (UPDATE … SET outward_attempts = n + 1 WHERE id = ? AND outward_attempts = n AND
 * outward_next_at <= now, one statement on every adapter, as festivalReminders' claim). The claim
 * moves the next attempt a lease ahead, so while this attempt sends, no sweep finds the copy due and
 * no second claim matches. The save's own first attempt (`first`) comes before its copy is due and
 * claims attempt 0 alone. True when this call took the attempt.
 */
export async function claimOutwardAttempt(args: {
  payload: Payload
  notification: Notification
  now: Date
  first: boolean
}): Promise<boolean> {
  const { notification, now } = args
  const attempts = notification.outwardAttempts ?? 0
  if (args.first && attempts !== 0) return false
  const unchanged: Where[] = [{ id: { equals: notification.id } }, { outwardAttempts: { equals: attempts } }]
  const due: Where[] = args.first ? [] : [{ outwardNextAt: { less_than_equal: now.toISOString() } }]
  const claimed: unknown = await args.payload.db.updateOne({
    collection: 'notifications',
    where: { and: [...unchanged, ...due] },
    data: {
      outwardAttempts: attempts + 1,
      outwardNextAt: new Date(now.getTime() + OUTWARD_LEASE_MS).toISOString(),
      updatedAt: now.toISOString(),
    },
  })
  return typeof claimed === 'object' && claimed !== null && (claimed as { outwardAttempts?: unknown }).outwardAttempts === attempts + 1
}

/** Records what attempt number `attempt` did, and when the next comes; written without hooks, so no other notification code runs again. */
export async function recordOutward(args: {
  payload: Payload
  id: Notification['id']
  attempt: number
  channels: OutwardChannels
  error: string | null
}): Promise<void> {
  const now = new Date()
  await args.payload.db.updateOne({
    collection: 'notifications',
    where: { id: { equals: args.id } },
    data: {
      emailOutward: args.channels.email,
      robotOutward: args.channels.robot,
      outwardError: args.error,
      outwardNextAt: anyPending(args.channels) ? (nextOutwardAttemptAt({ attempt: args.attempt, now })?.toISOString() ?? null) : null,
      updatedAt: now.toISOString(),
    },
    returning: false,
  })
}
