import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { httpUrl } from '../../../../lib/httpUrl'
import { hasRole } from '../../../access/roles'
import { recordOutcome } from '../../../delivery/recordOutcome'
import { readJsonBody } from '../../../http/readJsonBody'

const body = z.object({ url: httpUrl('请粘贴文章的完整链接（以 http:// 或 https:// 开头），例如 https://mp.weixin.qq.com/s/…') })

/**
 * POST /api/deliveries/:id/mark-published { url }: an operator finished a manual step in the platform's
 * back office (Toutiao articles, WeChat drafts-only accounts, a checked unconfirmed post) and pastes the link.
 */
export const markPublished: Endpoint = {
  path: '/:id/mark-published',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以确认发布。', 403, null, true)
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message ?? '请提供文章链接。', 400, null, true)
    const delivery = await req.payload.findByID({
      collection: 'deliveries',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!delivery) throw new APIError('发布记录不存在。', 404, null, true)
    if (!['manual', 'unconfirmed', 'processing'].includes(String(delivery.state))) {
      throw new APIError('只有「待人工发布」「结果待确认」或「平台处理中」的记录可以手动确认。', 400, null, true)
    }
    await recordOutcome({
      payload: req.payload,
      id: delivery.id,
      content: delivery.content as { relationTo: 'articles'; value: string | number },
      outcome: {
        state: 'published',
        url: parsed.data.url,
        remoteIds: { ...(delivery.remoteIds as Record<string, string>), confirmedBy: String(req.user?.id) },
      },
      by: 'operator',
    })
    return Response.json(await req.payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0, overrideAccess: true }))
  },
}
