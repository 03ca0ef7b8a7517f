import { APIError, commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'
import { env } from '../../../../lib/env'
import { hasRole } from '../../../access/roles'
import { dayOf, timeOf } from '../../../calendar/calendarGrid'
import { calendarToCsv, parseCalendarCsv } from '../../../calendar/calendarCsv'
import { resolveCalendarRows } from '../../../calendar/resolveCalendarRows'
import { relationId } from '../../../review/contentSnapshot'
import { CALENDAR_STATE_LABELS } from '../states'
import { readCsvBody } from '../../../http/readCsvBody'

/** GET /api/calendar-entries/export.csv?campaign=ID: a campaign's calendar as a spreadsheet. */
export const exportCalendarCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录。', 401, null, true)
    const campaign = req.searchParams.get('campaign')
    const { docs } = await req.payload.find({ collection: 'calendar-entries', where: campaign ? { campaign: { equals: campaign } } : {}, sort: 'publishAt', pagination: false, depth: 1, overrideAccess: false, user: req.user })
    const tz = env.APP_TIMEZONE
    const csv = calendarToCsv(docs.map((e) => {
      const content = e.content as { relationTo: string; value: { id: string | number; title?: string } | string | number }
      const id = relationId(content.value)
      return {
        date: dayOf({ at: String(e.publishAt), timeZone: tz }),
        time: timeOf({ at: String(e.publishAt), timeZone: tz }),
        account: String((e.account as { name?: string } | null)?.name ?? relationId(e.account) ?? ''),
        content: `${content.relationTo}:${id}`,
        title: String(e.title ?? (typeof content.value === 'object' ? content.value.title ?? '' : '')),
        state: CALENDAR_STATE_LABELS[e.state as keyof typeof CALENDAR_STATE_LABELS]?.zh ?? String(e.state),
      }
    }))
    return new Response(`\ufeff${csv}`, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="calendar.csv"' } })
  },
}

/** POST /api/calendar-entries/import?campaign=ID (CSV body): all rows or none, problems listed by line. */
export const importCalendarCsv: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以导入排期。', 403, null, true)
    const parsed = parseCalendarCsv(await readCsvBody(req))
    const { resolved, errors } = await resolveCalendarRows({ payload: req.payload, rows: parsed.rows })
    const all = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line)
    if (all.length > 0) return Response.json({ created: 0, errors: all, message: `导入失败：有 ${all.length} 行需要修改，日历没有任何改动。` }, { status: 400 })
    const campaignParam = req.searchParams.get('campaign')
    const campaignDoc = campaignParam ? await req.payload.findByID({ collection: 'campaigns', id: campaignParam, depth: 0, overrideAccess: true, disableErrors: true }) : null
    if (campaignParam && !campaignDoc) throw new APIError('要导入到的活动不存在。', 404, null, true)
    const campaign = campaignDoc?.id
    const shouldCommit = await initTransaction(req)
    try {
      for (const row of resolved) {
        await req.payload.create({ collection: 'calendar-entries', req, overrideAccess: false, user: req.user, data: { content: row.content, account: row.account, publishAt: row.publishAt, title: row.title || undefined, campaign } })
      }
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
    return Response.json({ created: resolved.length, errors: [], message: `导入完成：新增 ${resolved.length} 条排期。` })
  },
}
