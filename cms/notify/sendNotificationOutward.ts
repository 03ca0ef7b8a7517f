import type { CollectionAfterChangeHook, Payload } from 'payload'
import { env } from '../../lib/env'
import { relationId } from '../content'
import type { Notification } from '../payload-types'
import { transactionEnded } from './afterCommit'
import { itemLink, notificationDocRef, notificationEmail, notificationMarkdown } from './notificationText'
import { gatherForRobot } from './robotGathering'
import { postToWecomRobot } from './wecomRobot'

const EMAIL_TIMEOUT_MS = 15_000
const ROBOT_TIMEOUT_MS = 5_000

/**
 * Notifications afterChange: a new notification also goes out by e-mail (when the recipient keeps
 * 通知同时发到邮箱 on) and to the team's 企业微信 group robot (when WECOM_WEBHOOK_URL is set; one post
 * per event, naming everyone it notified: robotGathering.ts). Both run after the save's transaction
 * has committed, in the background: the save never waits for them and never fails because of them
 * (errors are logged); a notification rolled back is never sent.
 */
export const sendNotificationOutward: CollectionAfterChangeHook<Notification> = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  void (async () => {
    await transactionEnded(req)
    await sendOutward(req.payload, doc.id)
  })().catch((error: unknown) => req.payload.logger.error({ err: error, notification: doc.id }, 'notification not sent outward'))
  return doc
}

async function sendOutward(payload: Payload, id: Notification['id']): Promise<void> {
  // Read again outside the transaction: only a committed notification is sent.
  const notification = await payload.findByID({ collection: 'notifications', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!notification) return
  const recipientId = relationId(notification.recipient)
  const recipient =
    recipientId === null
      ? null
      : await payload.findByID({ collection: 'users', id: recipientId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!recipient) return
  const text = {
    recipientName: recipient.name,
    message: notification.message,
    link: itemLink({ serverUrl: env.serverUrl, doc: notificationDocRef(notification.doc) }),
  }
  const log = { notification: id, kind: notification.kind }
  const webhookUrl = env.WECOM_WEBHOOK_URL
  await Promise.all([
    recipient.notifyByEmail === false
      ? null
      : withTimeout(payload.sendEmail({ to: recipient.email, ...notificationEmail(text) }), EMAIL_TIMEOUT_MS).catch((error: unknown) =>
          payload.logger.warn({ err: error, ...log }, 'notification e-mail failed'),
        ),
    webhookUrl
      ? gatherForRobot({
          key: JSON.stringify([notification.kind, text.link, notification.message]),
          recipientName: recipient.name,
          post: (recipientNames) =>
            postToWecomRobot({
              webhookUrl,
              content: notificationMarkdown({ recipientNames, message: text.message, link: text.link }),
              timeoutMs: ROBOT_TIMEOUT_MS,
            }),
        }).catch((error: unknown) => payload.logger.warn({ err: error, ...log }, 'notification to the 企业微信 robot failed'))
      : null,
  ])
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
