import { APIError } from 'payload'
import { z } from 'zod'
import { httpUrl } from '../../../../lib/httpUrl'
import { requireAccountAssignment } from '../../../access/accountRefusal'
import { contentRefOf, relationId } from '../../../content'
import { readRemoteIds } from '../../../delivery/deliveryJson'
import { recordOutcome } from '../../../delivery/recordOutcome'
import { defineEndpoint } from '../../../http/defineEndpoint'
import type { DeliveryState } from '../../../workflow/deliveryStates'
import { findForUser } from '../../../http/findForUser'
import { postLinkProblem } from './postLinkHosts'

const LINK_NEEDED = '请粘贴文章的完整链接（以 http:// 或 https:// 开头），例如 https://mp.weixin.qq.com/s/…'
const body = z.object({ url: httpUrl(LINK_NEEDED) })
const CONFIRMABLE: readonly DeliveryState[] = ['manual', 'awaiting_operator', 'unconfirmed', 'processing']

/**
 * POST /api/deliveries/:id/mark-published { url }: an operator finished a manual step in the platform's
 * back office (Toutiao articles, WeChat drafts-only accounts, a checked unconfirmed post) or posted a
 * hand-off from the phone (小红书, 视频号, Douyin's share), and pastes the link. A hand-off platform's link
 * must be on its own domain. Editors and admins confirm any delivery; 内容运营 those of their accounts.
 */
export const markPublished = defineEndpoint({
  path: '/:id/mark-published',
  method: 'post',
  roles: ['admin', 'editor', 'operator'],
  refusal: '只有编辑、管理员或负责这个账号的内容运营可以确认发布。',
  body,
  // Whatever is wrong with the body (none, no url, not a web address), what it needs is the link.
  invalidBody: LINK_NEEDED,
  handler: async ({ req, user, params, body }) => {
    const { payload } = req
    const delivery = await findForUser({ req, collection: 'deliveries', id: params.id, missing: '发布记录不存在。' })
    await requireAccountAssignment({ req, account: delivery.account, action: 'confirm' })
    if (!CONFIRMABLE.includes(delivery.state)) {
      throw new APIError('只有「待人工发布」「待运营发布」「结果待确认」或「平台处理中」的记录可以手动确认。', 400, null, true)
    }
    const content = contentRefOf(delivery.content)
    if (!content) throw new APIError('这条发布记录没有关联内容，不能确认。', 400, null, true)
    const account = await payload.findByID({
      collection: 'platform-accounts',
      id: relationId(delivery.account) ?? '',
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const wrongLink = postLinkProblem({ platform: account?.platform, url: body.url })
    if (wrongLink) throw new APIError(wrongLink, 400, null, true)
    await recordOutcome({
      payload,
      id: delivery.id,
      content,
      outcome: { state: 'published', url: body.url, remoteIds: { ...readRemoteIds(delivery.remoteIds), confirmedBy: String(user.id) } },
      by: 'operator',
      delivery,
    })
    return Response.json(await findForUser({ req, collection: 'deliveries', id: delivery.id, missing: '发布记录不存在。' }))
  },
})
