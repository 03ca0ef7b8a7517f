import { relationId } from '../content'

/** What a notification is about: an item, or a 选题, 节点 or campaign (the collections its `doc` may name). */
export type NotificationDocRef = { relationTo: string; value: string | number }

/** A notification's stored `doc` with its id unpopulated, whichever collection it names; null when it names none. */
export function notificationDocRef(value: unknown): NotificationDocRef | null {
  if (typeof value !== 'object' || value === null || !('relationTo' in value) || !('value' in value)) return null
  const id = relationId(value.value)
  return typeof value.relationTo === 'string' && id !== null ? { relationTo: value.relationTo, value: id } : null
}

/** Where a notification's item opens in the admin; the admin's home when it names none. */
export function itemLink(args: { serverUrl: string; doc: NotificationDocRef | null }): string {
  const base = args.serverUrl.replace(/\/+$/, '')
  return args.doc ? `${base}/admin/collections/${args.doc.relationTo}/${args.doc.value}` : `${base}/admin`
}

/** The e-mail of one notification: its first line as the subject, the whole message and the link in the body. */
export function notificationEmail(args: { recipientName: string; message: string; link: string }): { subject: string; text: string } {
  const firstLine = args.message.split('\n')[0]?.trim() ?? ''
  const subject = `【内容中台】${firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine}`
  const greeting = args.recipientName ? `${args.recipientName}，你好：` : '你好：'
  return {
    subject,
    text: `${greeting}\n\n${args.message}\n\n打开查看：${args.link}\n\n——内容中台（不想收到邮件？在后台「账号」页取消勾选「通知同时发到邮箱」）`,
  }
}

/** The same notification for the team's 企业微信 group robot, in the robot's markdown, naming everyone it went to. */
export function notificationMarkdown(args: { recipientNames: readonly string[]; message: string; link: string }): string {
  const quoted = args.message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
  const names = args.recipientNames.filter(Boolean)
  const who = names.length > 0 ? `给 ${names.join('、')} 的通知` : '通知'
  return `**内容中台 · ${who}**\n${quoted}\n[打开查看](${args.link})`
}
