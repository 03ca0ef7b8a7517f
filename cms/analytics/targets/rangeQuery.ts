import { APIError } from 'payload'
import { z } from 'zod'
import { daysBetween } from './dateBuckets'

const LONGEST_RANGE_DAYS = 366
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期请写成 YYYY-MM-DD，例如 2026-12-01。')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: '这个日期不存在，请检查月份和日子。',
  })

const rangeSchema = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((range) => !range.from || !range.to || range.from <= range.to, { message: '开始日期（from）不能晚于结束日期（to）。' })
  .refine((range) => !range.from || !range.to || daysBetween({ from: range.from, to: range.to }) < LONGEST_RANGE_DAYS, {
    message: `一次最多查看 ${LONGEST_RANGE_DAYS} 天，请缩短日期范围。`,
  })

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD` (each optional), or a 400 saying what to fix. */
export function rangeQuery(searchParams: URLSearchParams): { from?: string; to?: string } {
  const parsed = rangeSchema.safeParse({ from: searchParams.get('from') ?? undefined, to: searchParams.get('to') ?? undefined })
  if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message ?? '日期范围不对。', 400, null, true)
  return parsed.data
}
