import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'
import { env } from '../../../../lib/env'
import { zonedToUtc } from '../../../../lib/zonedTime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'
import { campaignFromTemplate } from '../../../planning/retro/campaignFromTemplate'

const params = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '找不到这个案例。') })

const DAY = /^\d{4}-\d{2}-\d{2}$/
/** A calendar day that exists (2026-02-30 does not, though Date would roll it into March). */
const isRealDay = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}
const isDateTime = (value: string) => z.string().datetime({ offset: true }).safeParse(value).success && isRealDay(value.slice(0, 10))

/** A day (YYYY-MM-DD, 00:00 in the team's zone) or an ISO date-time with its offset. */
const startsAt = z
  .string({ required_error: '请填写开始时间（startsAt），例如 2026-12-01。' })
  .trim()
  .refine((value) => (DAY.test(value) ? isRealDay(value) : isDateTime(value)), {
    message: '开始时间（startsAt）格式不对：请写成 2026-12-01 或 2026-12-01T10:00:00+08:00。',
  })
  .transform((value) => (DAY.test(value) ? zonedToUtc({ date: value, time: '00:00', timeZone: env.APP_TIMEZONE }) : new Date(value)))

const body = z.object({
  name: z
    .string({ required_error: '请填写新活动的名称（name）。' })
    .trim()
    .min(1, '请填写新活动的名称（name）。')
    .max(120, '活动名称最多 120 个字。'),
  startsAt,
})

/**
 * POST /api/campaign-templates/:id/create { name, startsAt } → 201 { doc }: a new campaign planned from
 * a case — its goal, brief, channels, KPI lines and budget (nothing spent), as many days long, each
 * checklist row due as many days after the new start. Whoever may create campaigns, as its owner.
 */
export const createFromTemplateEndpoint = defineEndpoint({
  path: '/:id/create',
  method: 'post',
  roles: ['admin', 'editor', 'copywriter', 'designer'],
  refusal: '你的角色不能新建活动。',
  params,
  body,
  handler: async ({ req, user, params: { id }, body: { name, startsAt } }) => {
    const template = await findForUser({ req, collection: 'campaign-templates', id, missing: '找不到这个案例，或你没有查看它的权限。' })
    const data = campaignFromTemplate({ template, name, startsAt, owner: user.id, timeZone: env.APP_TIMEZONE })
    const shouldCommit = await initTransaction(req)
    try {
      const created = await req.payload.create({ collection: 'campaigns', data, overrideAccess: false, user, req, depth: 0 })
      // `template` is no one's to write: set past its rule, for a caller the create above has just let in.
      const doc = await req.payload.update({
        collection: 'campaigns',
        id: created.id,
        data: { template: template.id },
        overrideAccess: true,
        user,
        req,
        depth: 0,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: `已用案例「${template.name}」新建活动「${doc.name}」。` }, { status: 201 })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
})
