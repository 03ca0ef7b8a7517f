import { APIError } from 'payload'
import { z } from 'zod'
import { requireAccountAssignment } from '../../../access/accountRefusal'
import { CONTENT_KIND, CONTENT_SLUGS } from '../../../content'
import { approvedRevisionOf, createDelivery } from '../../../delivery/createDelivery'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { startDelivery } from '../../../delivery/startDelivery'
import { actorIpOf } from '../../../http/actorIpOf'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { ACTIVE_DELIVERY_STATES } from '../../../workflow/deliveryStates'
import { findForUser } from '../../../http/findForUser'

const body = z.object({
  content: z.object({ relationTo: z.enum(CONTENT_SLUGS), value: z.union([z.string(), z.number()]) }),
  account: z.union([z.string(), z.number()]),
})

/**
 * POST /api/deliveries { content: { relationTo, value }, account }: "publish now" for approved content.
 * Creates the delivery of the pinned revision to that account and starts it; answers 201 at once.
 */
export const publishNow = defineEndpoint({
  path: '/',
  method: 'post',
  // Operators (内容运营) publish too, on the accounts assigned to them.
  roles: ['admin', 'editor', 'operator'],
  refusal: '只有编辑或管理员（以及负责该账号的内容运营）可以发布。',
  body,
  invalidBody: '请求格式应为 { "content": { "relationTo": "articles", "value": ID }, "account": 账号ID }。',
  handler: async ({ req, body: { content, account: accountId } }) => {
    const { payload } = req
    const doc = await findForUser({ req, collection: content.relationTo, id: content.value, missing: '要发布的内容不存在。' })
    const revision = approvedRevisionOf(doc)
    const account = await findForUser({ req, collection: 'platform-accounts', id: accountId, missing: '发布账号不存在。' })
    await requireAccountAssignment({ req, account: account.id, action: 'publish' })
    const publisher = publishingRuntime().registry.find({ platform: account.platform, contentKind: CONTENT_KIND[content.relationTo] })
    if (!publisher) throw new APIError(`「${account.name}」不能发布这类内容。`, 400, null, true)
    // Every delivery of this revision counts, whoever may read it: the same revision never goes out twice.
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
          { revision: { equals: revision } },
          { state: { in: [...ACTIVE_DELIVERY_STATES, 'published'] } },
        ],
      },
    })
    if (holding[0]) {
      const already = holding[0].state === 'published' ? `在「${account.name}」已经发布过` : `正在发布到「${account.name}」`
      throw new APIError(`这一定稿版本${already}，不会重复发布。`, 409, null, true)
    }
    const delivery = await createDelivery({
      payload,
      content: { relationTo: content.relationTo, value: doc.id },
      accountId: account.id,
      actorIp: actorIpOf(req),
    })
    startDelivery({ payload, id: delivery.id })
    // As this user may read it: the stored row carries the actor's IP, which only an admin reads.
    const readable = await findForUser({ req, collection: 'deliveries', id: delivery.id, missing: '发布记录不存在。' })
    return Response.json({ doc: readable, message: `已开始发布到「${account.name}」` }, { status: 201 })
  },
})
