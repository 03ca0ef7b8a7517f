import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { hasRole } from '../../../access/roles'
import { CONTENT_KIND } from '../../../delivery/buildPublishRequest'
import { ACTIVE_DELIVERY_STATES } from '../../../workflow/deliveryStates'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { createDelivery } from '../../../delivery/createDelivery'
import { actorIpOf } from '../../../http/actorIpOf'
import { startDelivery } from '../../../delivery/startDelivery'
import { APPROVED_STATES, REVIEW_STATE_LABELS, type ReviewState } from '../../../workflow/reviewStates'
import { readJsonBody } from '../../../http/readJsonBody'

const body = z.object({
  content: z.object({ relationTo: z.enum(['articles', 'videos', 'posters']), value: z.union([z.string(), z.number()]) }),
  account: z.union([z.string(), z.number()]),
})

/**
 * POST /api/deliveries { content: { relationTo, value }, account }: "publish now" for approved content.
 * Creates the delivery of the pinned revision to that account and starts it; answers 201 at once.
 */
export const publishNow: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以发布。', 403, null, true)
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success)
      throw new APIError('请求格式应为 { "content": { "relationTo": "articles", "value": ID }, "account": 账号ID }。', 400, null, true)
    const { content, account: accountId } = parsed.data
    const { payload } = req
    const doc = await payload.findByID({
      collection: content.relationTo,
      id: content.value,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) throw new APIError('要发布的内容不存在。', 404, null, true)
    const state = doc.status as ReviewState
    if (!APPROVED_STATES.includes(state) || !doc.approvedVersion) {
      throw new APIError(
        `《${String(doc.title)}》当前是「${REVIEW_STATE_LABELS[state]?.zh ?? state}」，审核通过（定稿）后才能发布。`,
        400,
        null,
        true,
      )
    }
    const account = await payload.findByID({
      collection: 'platform-accounts',
      id: accountId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!account) throw new APIError('发布账号不存在。', 404, null, true)
    const publisher = publishingRuntime().registry.find({
      platform: account.platform as 'wechat',
      contentKind: CONTENT_KIND[content.relationTo],
    })
    if (!publisher) throw new APIError(`「${String(account.name)}」不能发布这类内容。`, 400, null, true)
    const { docs: holding } = await payload.find({
      collection: 'deliveries',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: {
        and: [
          { 'content.value': { equals: doc.id } },
          { 'content.relationTo': { equals: content.relationTo } },
          { account: { equals: account.id } },
          { revision: { equals: doc.approvedVersion } },
          { state: { in: [...ACTIVE_DELIVERY_STATES, 'published'] } },
        ],
      },
    })
    if (holding[0]) {
      const already = holding[0].state === 'published' ? '已经发布过' : '已经在发布途中'
      throw new APIError(`这一定稿版本${already}到「${String(account.name)}」，不会重复发布。`, 409, null, true)
    }
    const delivery = await createDelivery({
      payload,
      content: { relationTo: content.relationTo, value: doc.id },
      accountId: account.id,
      actorIp: actorIpOf(req),
    })
    startDelivery({ payload, id: delivery.id })
    return Response.json({ doc: delivery, message: `已开始发布到「${String(account.name)}」` }, { status: 201 })
  },
}
