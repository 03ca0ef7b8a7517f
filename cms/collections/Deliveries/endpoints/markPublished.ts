import { APIError } from 'payload'
import { z } from 'zod'
import { httpUrl } from '../../../../lib/httpUrl'
import { contentRefOf } from '../../../content'
import { readRemoteIds } from '../../../delivery/deliveryJson'
import { recordOutcome } from '../../../delivery/recordOutcome'
import { defineEndpoint } from '../../../http/defineEndpoint'
import type { DeliveryState } from '../../../workflow/deliveryStates'
import { findForUser } from '../../../http/findForUser'

const LINK_NEEDED = '请粘贴文章的完整链接（以 http:// 或 https:// 开头），例如 https://mp.weixin.qq.com/s/…'
const body = z.object({ url: httpUrl(LINK_NEEDED) })
const CONFIRMABLE: readonly DeliveryState[] = ['manual', 'unconfirmed', 'processing']

/**
 * POST /api/deliveries/:id/mark-published { url }: an operator finished a manual step in the platform's
 * back office (Toutiao articles, WeChat drafts-only accounts, a checked unconfirmed post) and pastes the link.
 */
export const markPublished = defineEndpoint({
  path: '/:id/mark-published',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以确认发布。',
  body,
  // Whatever is wrong with the body (none, no url, not a web address), what it needs is the link.
  invalidBody: LINK_NEEDED,
  handler: async ({ req, user, params, body }) => {
    const { payload } = req
    const delivery = await findForUser({ req, collection: 'deliveries', id: params.id, missing: '发布记录不存在。' })
    if (!CONFIRMABLE.includes(delivery.state)) {
      throw new APIError('只有「待人工发布」「结果待确认」或「平台处理中」的记录可以手动确认。', 400, null, true)
    }
    const content = contentRefOf(delivery.content)
    if (!content) throw new APIError('这条发布记录没有关联内容，不能确认。', 400, null, true)
    await recordOutcome({
      payload,
      id: delivery.id,
      content,
      outcome: { state: 'published', url: body.url, remoteIds: { ...readRemoteIds(delivery.remoteIds), confirmedBy: String(user.id) } },
      by: 'operator',
    })
    return Response.json(await payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0, overrideAccess: false, user, req }))
  },
})
