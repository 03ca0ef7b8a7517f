import { APIError } from 'payload'
import { z } from 'zod'
import { env } from '../../../../lib/env'
import { addDays } from '../../../../lib/zonedTime'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'
import { loadRetro } from '../../../planning/retro/loadRetro'
import { retroSnapshot } from '../../../planning/retro/retroSnapshot'
import { templateFromCampaign } from '../../../planning/retro/templateFromCampaign'

const params = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '找不到这个活动。') })
const MISSING = '找不到这个活动，或你没有查看它的权限。'

/**
 * POST /api/campaigns/:id/save-template → 201 { doc }: the finished campaign as a case in the 案例库,
 * with its targets against results as they stand now. Editors and admins; only once the 复盘 is open
 * (the day after the end date), so every KPI line is 达成 or 未达成.
 */
export const saveAsTemplateEndpoint = defineEndpoint({
  path: '/:id/save-template',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以把活动存为案例。',
  params,
  handler: async ({ req, params: { id } }) => {
    const now = new Date()
    const campaign = await findForUser({ req, collection: 'campaigns', id, missing: MISSING })
    const page = await loadRetro({ req, id: String(campaign.id), now })
    if (!page) throw new APIError(MISSING, 404, null, true)
    if (page.period.end === null) throw new APIError('这个活动没有结束时间：先填写结束时间，活动结束后再存为案例。', 400, null, true)
    if (!page.open)
      throw new APIError(
        `活动还没有结束（${page.period.end} 结束），${addDays(page.period.end, 1)} 起可以复盘并存为案例。`,
        400,
        null,
        true,
      )
    const data = templateFromCampaign({ campaign, results: retroSnapshot({ page, savedAt: now }), timeZone: env.APP_TIMEZONE })
    // The role was checked above; `results` is written only here, so it is set past its field rule.
    const doc = await req.payload.create({ collection: 'campaign-templates', data, overrideAccess: true, user: req.user, req, depth: 0 })
    return Response.json({ doc, message: `已存为案例「${doc.name}」。` }, { status: 201 })
  },
})
