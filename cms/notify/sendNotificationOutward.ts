import type { CollectionAfterChangeHook } from 'payload'
import type { Notification } from '../payload-types'
import { transactionEnded } from './afterCommit'
import { attemptOutward } from './attemptOutward'
import { keepInView } from './outwardInFlight'

/**
 * Notifications afterChange: a new notification's first attempt at its e-mail (when the recipient keeps
 * 通知同时发到邮箱 on) and its 企业微信 group post (when WECOM_WEBHOOK_URL is set; one post per event,
 * naming everyone it notified: robotGathering.ts). It runs after the save's transaction has committed,
 * in the background: the save never waits for it and never fails because of it, and a notification
 * rolled back is never sent. A process that stops on purpose waits for it first (outwardInFlight.ts).
 * What this attempt could not send, or never began because the process died, the worker's sweep sends
 * later (retryPendingOutward.ts).
 */
export const sendNotificationOutward: CollectionAfterChangeHook<Notification> = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const attempt = (async () => {
    await transactionEnded(req)
    await attemptOutward({ payload: req.payload, id: doc.id, first: true, now: new Date() })
  })().catch((error: unknown) =>
    req.payload.logger.warn({ err: error, notification: doc.id }, 'notification not sent outward now; the worker sweep will retry it'),
  )
  keepInView(attempt)
  return doc
}
