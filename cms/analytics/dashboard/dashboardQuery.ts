import { z, type ZodIssue } from 'zod'
import { PLATFORMS } from '../../../lib/platforms'
import { addDays, zonedDate } from '../../../lib/zonedTime'

/** The longest range the dashboard reads in one go (a year and a day, so a leap year fits). */
export const MAX_RANGE_DAYS = 366
/** The range when none is asked for: the last 30 days up to yesterday (today's numbers are not in yet). */
export const DEFAULT_RANGE_DAYS = 30

const isCalendarDate = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

const day = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name}请写成 YYYY-MM-DD，例如 2026-12-01`)
    .refine(isCalendarDate, `${name}不是一个真实的日期，请检查月份和日子`)
const id = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, `${name}编号不对，请从下拉列表里选择`)

/** GET /api/analytics/dashboard's query string: every part optional; empty strings count as absent. */
export const dashboardQuerySchema = z
  .object({
    from: day('开始日期').optional(),
    to: day('结束日期').optional(),
    platform: z.enum(PLATFORMS, { errorMap: () => ({ message: '平台只能是公众号、微博或头条号' }) }).optional(),
    account: id('账号').optional(),
    campaign: id('活动').optional(),
  })
  .strict()

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>

/** The 400 sentence for a query the schema refused: the first problem, in Chinese, naming stray parameters. */
export function queryProblem(issues: readonly ZodIssue[]): string {
  const issue = issues[0]
  if (issue?.code === 'unrecognized_keys') {
    return `无法识别的查询参数：${issue.keys.join('、')}。可用的参数有 from、to、platform、account、campaign`
  }
  return issue?.message ?? '查询参数不对，请检查日期和筛选条件'
}

export type DashboardFilters = {
  from: string
  to: string
  platform: (typeof PLATFORMS)[number] | null
  account: string | null
  campaign: string | null
}

/** The query's keys with empty values dropped, so `?platform=` reads as "every platform". */
export function presentParams(search: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...search.entries()].filter(([, value]) => value.trim() !== ''))
}

/**
 * The range and filters the dashboard reads: the asked range, or the last 30 days up to yesterday in
 * the team's zone. A range upside down or longer than a year is refused with a sentence saying so.
 */
export function resolveFilters(args: {
  query: DashboardQuery
  now: Date
  timeZone: string
}): { ok: true; filters: DashboardFilters } | { ok: false; message: string } {
  const yesterday = addDays(zonedDate({ at: args.now, timeZone: args.timeZone }), -1)
  const to = args.query.to ?? (args.query.from && args.query.from > yesterday ? args.query.from : yesterday)
  const from = args.query.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1))
  if (from > to) return { ok: false, message: `开始日期 ${from} 晚于结束日期 ${to}，请调换一下` }
  if (addDays(from, MAX_RANGE_DAYS - 1) < to) {
    return { ok: false, message: `一次最多查看 ${MAX_RANGE_DAYS} 天，请缩短日期范围` }
  }
  return {
    ok: true,
    filters: {
      from,
      to,
      platform: args.query.platform ?? null,
      account: args.query.account ?? null,
      campaign: args.query.campaign ?? null,
    },
  }
}
