import type { Lang } from './meetingTopic'

/** The 选题会 page's words, in Chinese as the team says them and in English. */
export const MEETING_TEXT = {
  title: { zh: '选题会', en: 'Topic meeting' },
  previousWeek: { zh: '‹ 上一周', en: '‹ Previous week' },
  thisWeek: { zh: '本周', en: 'This week' },
  nextWeek: { zh: '下一周 ›', en: 'Next week ›' },
  badWeek: {
    zh: '日期格式不对（应写成 2026-12-07 这样的年-月-日），下面是本周的选题。',
    en: 'That date is not valid (use YYYY-MM-DD); showing this week instead.',
  },
  createTopic: { zh: '新建选题', en: 'New topic' },
  byPillar: { zh: '本周各栏目：', en: 'This week by pillar: ' },
  noPillar: { zh: '未分栏目', en: 'No pillar' },
  undated: { zh: '未定时间', en: 'No due date yet' },
  undatedNote: { zh: '还没定交稿时间的待定选题', en: 'Ideas without a due date' },
  emptyDay: { zh: '无', en: 'None' },
  approve: { zh: '通过', en: 'Approve' },
  sendBack: { zh: '退回', en: 'Send back' },
  approveWeek: { zh: '本周全部通过', en: 'Approve the whole week' },
  approveWeekNote: {
    zh: '通过本周（有交稿时间）的全部待定选题',
    en: 'Approves every idea due this week',
  },
  working: { zh: '正在保存…', en: 'Saving…' },
  approveFailed: { zh: '没能通过', en: 'Could not approve' },
  sendBackFailed: { zh: '没能退回', en: 'Could not send back' },
  retryHint: { zh: '请刷新页面后重试', en: 'reload the page and try again' },
  readOnlyNote: { zh: '选题由编辑在选题会上通过。', en: 'Editors approve topics at the meeting.' },
  noOwner: { zh: '未指定', en: 'Unassigned' },
  noAccounts: { zh: '未指定账号', en: 'No account' },
  listSeparator: { zh: '、', en: ', ' },
  timesIn: { zh: (zone: string) => `（时间为${zone}）`, en: (zone: string) => `(times in ${zone})` },
  columns: {
    title: { zh: '选题', en: 'Topic' },
    pillar: { zh: '栏目', en: 'Pillar' },
    source: { zh: '来源', en: 'Source' },
    owner: { zh: '执行人', en: 'Owner' },
    accounts: { zh: '目标账号', en: 'Accounts' },
    due: { zh: '交稿时间', en: 'Due' },
    state: { zh: '状态', en: 'State' },
  },
} as const

/** The admin's language as Payload reports it: English when asked for, Chinese otherwise (the team's default). */
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'zh')

/** A day heading: 12月1日 周二 / Tue 1 Dec. */
export function dayHeading(args: { day: string; lang: Lang }): string {
  const date = new Date(`${args.day}T00:00:00Z`)
  if (args.lang === 'en')
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(date)
  const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'short' }).format(date)
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日 ${weekday}`
}

/** A week span for the picker: 11月30日 – 12月6日 / 30 Nov – 6 Dec. */
export function weekSpan(args: { monday: string; sunday: string; lang: Lang }): string {
  const short = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`)
    return args.lang === 'en'
      ? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(date)
      : `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`
  }
  return `${short(args.monday)} – ${short(args.sunday)}`
}

/** A due time's clock in the team's zone (the day is the group's): 18:00. */
export function dueClock(args: { at: string; timeZone: string }): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: args.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(args.at),
  )
}
