import type { Payload } from 'payload'
import { env } from '../../lib/env'
import { relationId } from '../content'
import type { Notification, User } from '../payload-types'
import { itemLink, notificationDocRef, notificationEmail, notificationMarkdown } from './notificationText'
import {
  channelsOf,
  claimOutwardAttempt,
  hasPendingChannel,
  MAX_OUTWARD_ATTEMPTS,
  type OutwardChannels,
  type OutwardState,
  recordOutward,
} from './outwardState'
import { gatherForRobot } from './robotGathering'
import { postToWecomRobot } from './wecomRobot'

const EMAIL_TIMEOUT_MS = 15_000
const ROBOT_TIMEOUT_MS = 5_000

type CopyText = { recipientName: string; message: string; link: string }

/**
 * One attempt at a notification's pending copies: the e-mail (unless the recipient turned it off or
 * has read it in the admin already) and the 企业微信 group post. The attempt is claimed first, so no
 * two processes make the same one. A copy that fails stays pending for the worker's sweep, or is
 * given up at the last attempt; the reason is kept for the admin. Returns what was recorded, or null
 * when there was nothing to do or another process had claimed the attempt.
 */
export async function attemptOutward(args: {
  payload: Payload
  id: Notification['id']
  /** The save's own attempt, right after its commit; the sweep's take only copies due by `now`. */
  first: boolean
  now: Date
}): Promise<OutwardChannels | null> {
  const { payload } = args
  // Read outside any transaction: only a committed notification is sent.
  const notification = await payload.findByID({
    collection: 'notifications',
    id: args.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!notification || !hasPendingChannel(notification)) return null
  if (!(await claimOutwardAttempt({ payload, notification, now: args.now, first: args.first }))) return null
  const attempt = (notification.outwardAttempts ?? 0) + 1
  const lastAttempt = attempt >= MAX_OUTWARD_ATTEMPTS
  const recipientId = relationId(notification.recipient)
  const recipient =
    recipientId === null
      ? null
      : await payload.findByID({ collection: 'users', id: recipientId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!recipient) {
    const channels: OutwardChannels = { email: 'off', robot: 'off' }
    await recordOutward({ payload, id: notification.id, attempt, channels, error: '接收人已不存在' })
    return channels
  }
  const text: CopyText = {
    recipientName: recipient.name,
    message: notification.message,
    link: itemLink({ serverUrl: env.serverUrl, doc: notificationDocRef(notification.doc) }),
  }
  const log = { notification: notification.id, kind: notification.kind }
  const before = channelsOf(notification)
  const errors: string[] = []
  const settle = async (args: { channel: string; state: OutwardState; send: () => Promise<OutwardState> }): Promise<OutwardState> => {
    if (args.state !== 'pending') return args.state
    try {
      return await args.send()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      errors.push(`${args.channel}：${reason}`)
      payload.logger.warn(
        { err: reason, ...log },
        `notification ${args.channel} copy failed${lastAttempt ? ', given up' : ', the sweep retries it'}`,
      )
      return lastAttempt ? 'failed' : 'pending'
    }
  }
  const [email, robot] = await Promise.all([
    settle({ channel: '邮件', state: before.email, send: () => sendEmailCopy({ payload, notification, recipient, text }) }),
    settle({ channel: '企业微信群', state: before.robot, send: () => postRobotCopy({ notification, text }) }),
  ])
  const channels = { email, robot }
  await recordOutward({ payload, id: notification.id, attempt, channels, error: errors.length > 0 ? errors.join('；') : null })
  return channels
}

async function sendEmailCopy(args: {
  payload: Payload
  notification: Notification
  recipient: User
  text: CopyText
}): Promise<OutwardState> {
  if (args.recipient.notifyByEmail === false || args.notification.read === true) return 'off'
  await withTimeout(args.payload.sendEmail({ to: args.recipient.email, ...notificationEmail(args.text) }), EMAIL_TIMEOUT_MS)
  // Without SMTP_URL, Payload's console adapter only logs the e-mail: nothing went out.
  return env.SMTP_URL ? 'sent' : 'off'
}

async function postRobotCopy(args: { notification: Notification; text: CopyText }): Promise<OutwardState> {
  const webhookUrl = env.WECOM_WEBHOOK_URL
  if (!webhookUrl) return 'off'
  const { message, link } = args.text
  await gatherForRobot({
    key: JSON.stringify([args.notification.kind, link, message]),
    recipientName: args.text.recipientName,
    post: (recipientNames) =>
      postToWecomRobot({ webhookUrl, content: notificationMarkdown({ recipientNames, message, link }), timeoutMs: ROBOT_TIMEOUT_MS }),
  })
  return 'sent'
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
