import { leadStart, nextOccurrence, ruleOf, weekdayOf } from '../../../planning/festivalDates'

/** 「下一次：2027-11-11（周四），准备开始于 2027-10-15（周五）」 from the form's rule as it is being edited; null while it is incomplete. */
export function nextDateLine(args: { rule: Record<string, unknown>; leadDays: unknown; today: string }): string | null {
  const rule = ruleOf(args.rule)
  if (!rule) return null
  const date = nextOccurrence({ rule, from: args.today })
  const lead = typeof args.leadDays === 'number' && args.leadDays >= 0 ? args.leadDays : 0
  const start = leadStart({ date, leadDays: lead })
  const opened = start <= args.today ? '，准备期已开始' : ''
  return `下一次：${date}（${weekdayOf(date)}），准备开始于 ${start}（${weekdayOf(start)}）${opened}`
}
