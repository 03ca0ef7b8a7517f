import type { BackgroundJobView, BackgroundQueueKind } from '../../../scheduler/queues'

/** What each background queue is for, as the dashboard names it. */
export const BACKGROUND_QUEUE_LABELS: Record<BackgroundQueueKind, { title: string; what: string; schedule: string }> = {
  ocr: { title: '图片文字识别', what: '读出上传和生成的图片里的文字，供敏感词检查。', schedule: '补漏扫描' },
  stats: { title: '数据回收', what: '每天 10:00 读取各账号前一天的阅读、粉丝和互动数据。', schedule: '每日数据回收' },
  planning: { title: '节点提醒', what: '每天 09:00 提醒负责人临近的营销节点。', schedule: '每日节点提醒' },
  notify: {
    title: '通知补发',
    what: '通知的邮件和企业微信群消息当时没能发出的（邮件服务器或机器人出错、进程中途停止），每分钟检查一次，间隔 2 到 30 分钟补发，约一小时后仍失败就放弃。',
    schedule: '补发扫描',
  },
}

/** Names of the jobs' subjects, read by the dashboard: `media:12` → 海报.png, `platform-accounts:3` → 品牌号. */
export type SubjectNames = Map<string, string>

export const subjectKey = (subject: NonNullable<BackgroundJobView['subject']>) => `${subject.collection}:${subject.id}`

/**
 * What a background job's row says: the image or the account (and the day) it works on, linked, or the
 * job's own name for a daily run or a sweep, which work on everything.
 */
export function backgroundJobLabel(job: BackgroundJobView, names: SubjectNames): { title: string; href: string | null } {
  const { subject } = job
  if (!subject) return { title: `任务 ${job.id}`, href: null }
  const name = names.get(subjectKey(subject))
  const href = `/admin/collections/${subject.collection}/${subject.id}`
  if (subject.collection === 'media') return { title: `图片 ${name ?? `#${subject.id}`}`, href }
  const account = name ?? `账号 #${subject.id}`
  return { title: job.day ? `${account} · ${job.day} 的数据` : account, href }
}
