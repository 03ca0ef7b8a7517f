import { APIError } from 'payload'
import { z } from 'zod'
import { env } from '../../lib/env'
import { isCalendarDay } from '../../lib/zonedTime'
import { daysBetween } from '../calendar/massQuota'
import { defineEndpoint } from '../http/defineEndpoint'
import { loadCadenceGaps } from './loadCadenceGaps'

const MAX_DAYS = 62
const day = z.string().refine(isCalendarDay, '日期请写成 YYYY-MM-DD，例如 2026-12-07。')
const querySchema = z
  .object({ from: day, to: day })
  .refine((range) => range.from <= range.to, '开始日期（from）不能晚于结束日期（to）。')
  .refine((range) => daysBetween(range.from, range.to).length <= MAX_DAYS, `一次最多查看 ${MAX_DAYS} 天，请缩短日期范围。`)

/**
 * GET /api/planning/cadence?from=YYYY-MM-DD&to=YYYY-MM-DD: each account's planned posts against its
 * rhythm, day by day in the team's zone, and the week's 专题 against the planning settings (cadenceGaps).
 */
export const cadenceEndpoint = defineEndpoint({
  path: '/planning/cadence',
  method: 'get',
  roles: 'signed-in',
  handler: async ({ req }) => {
    const query = querySchema.safeParse({ from: req.searchParams.get('from') ?? '', to: req.searchParams.get('to') ?? '' })
    if (!query.success) throw new APIError(query.error.issues[0]?.message ?? '请给出 from 和 to 日期（YYYY-MM-DD）。', 400, null, true)
    return Response.json(await loadCadenceGaps({ req, from: query.data.from, to: query.data.to, timeZone: env.APP_TIMEZONE }))
  },
})
