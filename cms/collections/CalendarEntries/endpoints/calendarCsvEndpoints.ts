import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'
import { env } from '../../../../lib/env'
import { calendarToCsv, parseCalendarCsv } from '../../../calendar/calendarCsv'
import { dayOf, timeOf } from '../../../calendar/calendarGrid'
import { resolveCalendarRows } from '../../../calendar/resolveCalendarRows'
import { relationId } from '../../../content'
import { defineEndpoint } from '../../../http/defineEndpoint'
import type { CalendarEntry } from '../../../payload-types'
import { CALENDAR_STATE_LABELS } from '../states'

/** GET /api/calendar-entries/export.csv?campaign=ID: a campaign's calendar as a spreadsheet. */
export const exportCalendarCsv = defineEndpoint({
  path: '/export.csv',
  method: 'get',
  roles: 'signed-in',
  handler: async ({ req, user }) => {
    const campaign = req.searchParams.get('campaign')
    const { docs } = await req.payload.find({
      collection: 'calendar-entries',
      where: campaign ? { campaign: { equals: campaign } } : {},
      sort: 'publishAt',
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const timeZone = env.APP_TIMEZONE
    const csv = calendarToCsv(docs.map((entry) => csvRowOf({ entry, timeZone })))
    return new Response(`\ufeff${csv}`, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="calendar.csv"' },
    })
  },
})

function csvRowOf(args: { entry: CalendarEntry; timeZone: string }) {
  const { entry, timeZone } = args
  const { content, account } = entry
  const contentTitle = content && typeof content.value === 'object' ? content.value.title : ''
  return {
    date: dayOf({ at: entry.publishAt, timeZone }),
    time: timeOf({ at: entry.publishAt, timeZone }),
    account: typeof account === 'object' ? account.name : String(account),
    content: content ? `${content.relationTo}:${relationId(content.value)}` : '',
    title: entry.title ?? contentTitle,
    state: CALENDAR_STATE_LABELS[entry.state].zh,
    titleVariant: entry.titleVariant,
  }
}

/** POST /api/calendar-entries/import?campaign=ID (CSV body): all rows or none, problems listed by line. */
export const importCalendarCsv = defineEndpoint({
  path: '/import',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以导入排期。',
  body: 'csv',
  handler: async ({ req, user, body }) => {
    const parsed = parseCalendarCsv(body)
    const { resolved, errors } = await resolveCalendarRows({ payload: req.payload, rows: parsed.rows })
    const all = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line)
    if (all.length > 0)
      return Response.json(
        { created: 0, errors: all, message: `导入失败：有 ${all.length} 行需要修改，日历没有任何改动。` },
        { status: 400 },
      )
    const campaignParam = req.searchParams.get('campaign')
    const campaignDoc = campaignParam
      ? await req.payload.findByID({
          collection: 'campaigns',
          id: campaignParam,
          depth: 0,
          overrideAccess: false,
          user,
          req,
          disableErrors: true,
        })
      : null
    if (campaignParam && !campaignDoc) throw new APIError('要导入到的活动不存在。', 404, null, true)
    const shouldCommit = await initTransaction(req)
    try {
      for (const row of resolved) {
        await req.payload.create({
          collection: 'calendar-entries',
          req,
          overrideAccess: false,
          user,
          data: {
            content: row.content,
            account: row.account,
            publishAt: row.publishAt,
            // The default, which the type requires; planEntry sets the entry's real state.
            state: 'planned',
            title: row.title || undefined,
            titleVariant: row.titleVariant,
            campaign: campaignDoc?.id,
          },
        })
      }
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
    return Response.json({ created: resolved.length, errors: [], message: `导入完成：新增 ${resolved.length} 条排期。` })
  },
})
