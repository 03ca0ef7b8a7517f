import { APIError } from 'payload'
import { env } from '../../lib/env'
import { defineEndpoint } from '../http/defineEndpoint'
import { dashboardQuerySchema, presentParams, queryProblem, resolveFilters } from './dashboard/dashboardQuery'
import { dashboardFor } from './dashboard/dashboardCache'

/**
 * GET /api/analytics/dashboard?from=&to=&platform=&account=&campaign= → totals, each day, breakdowns
 * by account, platform, content type, author and publish hour, followers, and the 待优化 posts. Every
 * role of the team; the range defaults to the last 30 days up to yesterday in APP_TIMEZONE.
 */
export const dashboardEndpoint = defineEndpoint({
  path: '/analytics/dashboard',
  method: 'get',
  roles: ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator'],
  refusal: '只有团队成员可以查看数据看板。',
  handler: async ({ req }) => {
    const parsed = dashboardQuerySchema.safeParse(presentParams(req.searchParams ?? new URLSearchParams()))
    if (!parsed.success) throw new APIError(queryProblem(parsed.error.issues), 400, null, true)
    const now = new Date()
    const resolved = resolveFilters({ query: parsed.data, now, timeZone: env.APP_TIMEZONE })
    if (!resolved.ok) throw new APIError(resolved.message, 400, null, true)
    return Response.json(await dashboardFor({ req, filters: resolved.filters, timeZone: env.APP_TIMEZONE, now }))
  },
})
