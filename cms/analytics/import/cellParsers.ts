import { isCalendarDay } from '../../../lib/zonedTime'

/** What one spreadsheet cell means, or the sentence that says why it means nothing. */
export type Cell<T> = { ok: true; value: T } | { ok: false; problem: string }

const DAY = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/

/**
 * A day as teams type it (2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日) → YYYY-MM-DD, checked
 * against the calendar (2026-02-30 is refused) and never after `today` (numbers of a day to come).
 */
export function parseDay(args: { text: string; today: string; label?: string }): Cell<string> {
  const label = args.label ?? '日期'
  const text = args.text.trim()
  if (text === '') return { ok: false, problem: `没有填写${label}，请写成 ${args.today} 这样的格式` }
  // A cell Excel formatted as date and time (2026/12/1 0:00) still names a day.
  const match = DAY.exec(text.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, ''))
  const day = match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : null
  // Before 2000 is a typo in a back-office export, not a day of numbers.
  if (day === null || !isCalendarDay(day) || day < '2000-01-01')
    return { ok: false, problem: `${label}「${text}」不是有效日期，请写成 ${args.today} 这样的格式` }
  if (day > args.today) return { ok: false, problem: `${label}「${text}」还没到，只能录入今天（${args.today}）及以前的数据` }
  return { ok: true, value: day }
}

/**
 * A count as the back offices show it: 1234, 1,234, 1 234, 1.2万 (= 12000). Empty is "not reported"
 * (null), never 0. Counts are whole and not negative.
 */
export function parseCount(args: { text: string; label: string }): Cell<number | null> {
  const text = args.text.trim().replace(/[,，\s]/g, '')
  if (text === '' || text === '-' || text === '—') return { ok: true, value: null }
  const match = /^(\d+(?:\.\d+)?)(万|w|W)?$/.exec(text)
  if (!match) return { ok: false, problem: `${args.label}「${args.text.trim()}」不是数字，请填写不小于 0 的整数（没有数据请留空）` }
  const value = Number(match[1]) * (match[2] ? 10_000 : 1)
  if (!Number.isInteger(value)) return { ok: false, problem: `${args.label}「${args.text.trim()}」应是整数` }
  if (!Number.isSafeInteger(value)) return { ok: false, problem: `${args.label}「${args.text.trim()}」太大了，请检查` }
  return { ok: true, value }
}

/**
 * A completion rate → a fraction between 0 and 1: 55% and 55 are 0.55, 0.55 stays 0.55. A bare
 * number above 1 is read as percent (no platform's rate is above 100%); empty is null.
 */
export function parseRate(args: { text: string; label: string }): Cell<number | null> {
  const text = args.text.trim().replace(/\s/g, '')
  if (text === '' || text === '-' || text === '—') return { ok: true, value: null }
  const match = /^(\d+(?:\.\d+)?)(%|％)?$/.exec(text)
  if (!match) return { ok: false, problem: `${args.label}「${args.text.trim()}」应写成 55% 或 0.55` }
  const number = Number(match[1])
  const fraction = match[2] || number > 1 ? number / 100 : number
  if (fraction > 1) return { ok: false, problem: `${args.label}「${args.text.trim()}」超过了 100%` }
  return { ok: true, value: Math.round(fraction * 10_000) / 10_000 }
}

/** 第几篇 of a multi-article push: 1 (the lead) to `max`; empty means "not said". */
export function parsePosition(args: { text: string; max: number }): Cell<number | null> {
  const text = args.text.trim().replace(/^第|篇$/g, '')
  if (text === '') return { ok: true, value: null }
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1 || value > args.max)
    return { ok: false, problem: `第几篇「${args.text.trim()}」应是 1 到 ${args.max} 之间的整数（头条为 1）` }
  return { ok: true, value }
}
