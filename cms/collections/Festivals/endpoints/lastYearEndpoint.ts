import { env } from '../../../../lib/env'
import { addDays, zonedDate } from '../../../../lib/zonedTime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'
import { leadStart, nextOccurrence, previousOccurrence, ruleOf, weekdayOf } from '../../../planning/festivalDates'
import { APIError } from 'payload'
import { loadLastYearItems } from './loadLastYearItems'
import { DAYS_AFTER, type LastYearReply } from './lastYearReply'

/**
 * GET /api/festivals/:id/last-year (signed in): the festival's coming date and the day preparation
 * starts, and what the team did last time: the occurrence before the coming one, and the items
 * published (deliveries) or slotted (calendar entries) from `leadDays` before it to 3 days after.
 */
export const lastYearEndpoint = defineEndpoint({
  path: '/:id/last-year',
  method: 'get',
  roles: 'signed-in',
  handler: async ({ req, params }) => {
    const festival = await findForUser({ req, collection: 'festivals', id: params.id, missing: '找不到这个节点，可能已被删除。' })
    const rule = ruleOf(festival)
    if (!rule) throw new APIError('这个节点的日期规则不完整：公历、农历请填写月和日，节气请选择节气。', 400, null, true)
    const today = zonedDate({ at: new Date(), timeZone: env.APP_TIMEZONE })
    const next = nextOccurrence({ rule, from: today })
    const previous = previousOccurrence({ rule, before: next })
    const window = previous ? { from: leadStart({ date: previous, leadDays: festival.leadDays }), to: addDays(previous, DAYS_AFTER) } : null
    const items = window ? await loadLastYearItems({ req, window }) : { published: [], slotted: [] }
    const reply: LastYearReply = {
      festival: { id: festival.id, name: festival.name },
      next: { date: next, weekday: weekdayOf(next), leadStart: leadStart({ date: next, leadDays: festival.leadDays }) },
      lastYear: previous && window ? { date: previous, weekday: weekdayOf(previous), ...window } : null,
      ...items,
    }
    return Response.json(reply)
  },
})
