import { APIError } from 'payload'
import { z } from 'zod'
import { env } from '../../lib/env'
import { defineEndpoint } from '../http/defineEndpoint'
import { contentDisposition } from './weeklyReport/downloadName'
import { loadWeeklyReport } from './weeklyReport/loadWeeklyReport'
import { isCalendarDay } from '../../lib/zonedTime'
import { reportWeeks } from './weeklyReport/reportWeek'
import { weeklyReportCsv } from './weeklyReport/weeklyReportCsv'
import { weeklyReportTables } from './weeklyReport/weeklyReportTables'

const querySchema = z.object({
  week: z.string().refine(isCalendarDay, '周的日期请写成 YYYY-MM-DD（这一周里的任意一天），例如 2026-11-30').optional(),
  format: z.enum(['json', 'csv', 'xlsx'], { message: '格式只能是 json、csv 或 xlsx' }).default('json'),
})

/** GET /api/analytics/weekly-report?week=YYYY-MM-DD&format=json|csv|xlsx: the Friday meeting's report, for the whole team. */
export const weeklyReportEndpoint = defineEndpoint({
  path: '/analytics/weekly-report',
  method: 'get',
  roles: 'signed-in',
  handler: async ({ req }) => {
    const query = querySchema.safeParse(Object.fromEntries(req.searchParams))
    if (!query.success) throw new APIError(query.error.issues[0]?.message ?? '查询参数不对。', 400, null, true)
    const weeks = reportWeeks({ day: query.data.week, now: new Date(), timeZone: env.APP_TIMEZONE })
    const report = await loadWeeklyReport({ payload: req.payload, req, weeks, timeZone: env.APP_TIMEZONE })
    if (query.data.format === 'json') return Response.json(report)
    const tables = weeklyReportTables({ report, timeZone: env.APP_TIMEZONE })
    const name = `周报-${weeks.week.from}.${query.data.format}`
    const disposition = contentDisposition({ name, fallback: `weekly-report-${weeks.week.from}.${query.data.format}` })
    if (query.data.format === 'csv') {
      return new Response(weeklyReportCsv({ week: weeks.week, tables }), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition },
      })
    }
    // The spreadsheet writer (eighty modules) loads with the first download, not with every process.
    const { weeklyReportXlsx } = await import('./weeklyReport/weeklyReportXlsx')
    return new Response(new Uint8Array(await weeklyReportXlsx(tables)), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': disposition,
      },
    })
  },
})
