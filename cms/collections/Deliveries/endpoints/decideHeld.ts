import { APIError, type PayloadRequest } from 'payload'
import { requireAccountAssignment } from '../../../access/accountRefusal'
import { type ContentRef, contentRefOf, relationId } from '../../../content'
import { approvedRevisionCheck } from '../../../delivery/approvedRevisionCheck'
import { cancelQueuedDelivery } from '../../../delivery/cancelQueuedDelivery'
import { requeueByOperator } from '../../../delivery/requeueByOperator'
import { actorIpOf } from '../../../http/actorIpOf'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'

// Operators (内容运营) decide for the accounts assigned to them.
const DECIDERS = ['admin', 'editor', 'operator'] as const
const REFUSAL = '只有编辑或管理员（以及负责该账号的内容运营）可以决定暂停后的发布。'

type Held = { id: string | number; content: ContentRef; revision: string; state: string }

async function heldDelivery(args: { req: PayloadRequest; id: string; alsoWaitingForOperator?: boolean }): Promise<Held> {
  const { req } = args
  const delivery = await findForUser({ req, collection: 'deliveries', id: args.id, missing: '发布记录不存在。' })
  await requireAccountAssignment({ req, account: delivery.account, action: 'decide' })
  const decidable = delivery.state === 'held' || (args.alsoWaitingForOperator === true && delivery.state === 'awaiting_operator')
  if (!decidable) {
    const which = args.alsoWaitingForOperator ? '「暂停后待决定」或「待运营发布」' : '「暂停后待决定」'
    throw new APIError(`只有${which}的发布可以这样决定；这条现在不是。请刷新后再看。`, 409, null, true)
  }
  const content = contentRefOf(delivery.content)
  if (!content) throw new APIError('这条发布记录没有关联内容，只能取消。', 400, null, true)
  return { id: delivery.id, content, revision: delivery.revision ?? '', state: delivery.state }
}

/** POST /api/deliveries/:id/release: a delivery held after a pause goes out after all (its content still approved at that revision). */
export const releaseEndpoint = defineEndpoint({
  path: '/:id/release',
  method: 'post',
  roles: DECIDERS,
  refusal: REFUSAL,
  handler: async ({ req, params }) => {
    const held = await heldDelivery({ req, id: params.id })
    // Whether the pinned revision still holds its approval is the system's check, not what this editor may read.
    const version = await req.payload.findVersionByID({
      collection: held.content.relationTo,
      id: held.revision,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const refusal = await approvedRevisionCheck({
      payload: req.payload,
      content: held.content,
      revision: held.revision,
      versionParent: relationId(version?.parent),
    })
    if (refusal) throw new APIError(`${refusal}，不能再发布：请在内容重新审核通过后从新的定稿发布，或点「取消」。`, 400, null, true)
    if (!(await requeueByOperator({ payload: req.payload, req, id: held.id, event: 'release', actorIp: actorIpOf(req) }))) {
      throw new APIError('这条发布的状态刚刚变了，请刷新后再看。', 409, null, true)
    }
    return Response.json(await findForUser({ req, collection: 'deliveries', id: held.id, missing: '发布记录不存在。' }))
  },
})

/** POST /api/deliveries/:id/cancel: a delivery held after a pause, or a hand-off still waiting for the operator, does not go out. */
export const cancelEndpoint = defineEndpoint({
  path: '/:id/cancel',
  method: 'post',
  roles: DECIDERS,
  refusal: REFUSAL,
  handler: async ({ req, user, params }) => {
    const held = await heldDelivery({ req, id: params.id, alsoWaitingForOperator: true })
    const cancelled = await cancelQueuedDelivery({
      payload: req.payload,
      req,
      id: held.id,
      reason: held.state === 'held' ? `暂停后由「${user.name}」决定不再发布。` : `「${user.name}」取消了这次交给运营的发布，不再发。`,
    })
    if (!cancelled) throw new APIError('这条发布的状态刚刚变了，请刷新后再看。', 409, null, true)
    // Read back as this user may see it: the stored row carries fields only an admin reads (who pressed publish, from which IP).
    return Response.json(await findForUser({ req, collection: 'deliveries', id: held.id, missing: '发布记录不存在。' }))
  },
})
