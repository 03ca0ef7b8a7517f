import type { Payload } from 'payload'
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
 * How long after the previous attempt (or the save, when none began) the worker's sweep tries again,
 * in minutes: the save's own attempt has long finished (its sends give up within 15 s), and a mail
 * server or robot that is down gets about an hour before the copy is given up.
 */
export const OUTWARD_RETRY_MINUTES = [2, 5, 10, 20, 30] as const
/** The save's own attempt, then one per wait above. */
export const MAX_OUTWARD_ATTEMPTS = OUTWARD_RETRY_MINUTES.length + 1

export type OutwardChannels = { email: OutwardState; robot: OutwardState }

export function channelsOf(notification: Pick<Notification, 'emailOutward' | 'robotOutward'>): OutwardChannels {
  return { email: notification.emailOutward ?? 'off', robot: notification.robotOutward ?? 'off' }
}

export function hasPendingChannel(notification: Pick<Notification, 'emailOutward' | 'robotOutward'>): boolean {
  const channels = channelsOf(notification)
  return channels.email === 'pending' || channels.robot === 'pending'
}

/**
 * Takes the next attempt at a notification's outward copies, only if nobody took it meanwhile: a
 * compare-and-set on outwardAttempts (UPDATE … SET outward_attempts = n + 1 WHERE id = ? AND
 * outward_attempts = n, one statement on every adapter, as festivalReminders' claim). Two sweeps, or a
 * sweep and the save's own attempt, never send the same attempt twice. True when this call took it.
 */
export async function claimOutwardAttempt(args: { payload: Payload; notification: Notification }): Promise<boolean> {
  const { notification } = args
  const attempts = notification.outwardAttempts ?? 0
  const claimed: unknown = await args.payload.db.updateOne({
    collection: 'notifications',
    where: { and: [{ id: { equals: notification.id } }, { outwardAttempts: { equals: attempts } }] },
    data: { outwardAttempts: attempts + 1, updatedAt: new Date().toISOString() },
  })
  return typeof claimed === 'object' && claimed !== null && (claimed as { outwardAttempts?: unknown }).outwardAttempts === attempts + 1
}

/** Records what one attempt did; written without hooks, so no other notification code runs again. */
export async function recordOutward(args: {
  payload: Payload
  id: Notification['id']
  channels: OutwardChannels
  error: string | null
}): Promise<void> {
  await args.payload.db.updateOne({
    collection: 'notifications',
    where: { id: { equals: args.id } },
    data: {
      emailOutward: args.channels.email,
      robotOutward: args.channels.robot,
      outwardError: args.error,
      updatedAt: new Date().toISOString(),
    },
    returning: false,
  })
}
