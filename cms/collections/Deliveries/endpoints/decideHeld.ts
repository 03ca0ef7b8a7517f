import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles'
import { approvedRevisionCheck } from '../../../delivery/approvedRevisionCheck'
import { cancelQueuedDelivery } from '../../../delivery/cancelQueuedDelivery'
import { requeueByOperator } from '../../../delivery/requeueByOperator'
import { actorIpOf } from '../../../http/actorIpOf'
import { relationId } from '../../../review/contentSnapshot'

type Held = { id: string | number; content: { relationTo: 'articles' | 'videos' | 'posters'; value: string | number }; revision: string }

async function heldDelivery(req: PayloadRequest): Promise<Held> {
  if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以决定暂停后的发布。', 403, null, true)
  const delivery = await req.payload.findByID({
    collection: 'deliveries',
    id: String(req.routeParams?.id ?? ''),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!delivery) throw new APIError('发布记录不存在。', 404, null, true)
  if (delivery.state !== 'held') throw new APIError('只有「暂停后待决定」的发布需要这样决定；这条现在不是。请刷新后再看。', 409, null, true)
  const ref = delivery.content as { relationTo: Held['content']['relationTo']; value: unknown }
  return {
    id: delivery.id,
    content: { relationTo: ref.relationTo, value: relationId(ref.value) ?? '' },
    revision: String(delivery.revision ?? ''),
  }
}

/** POST /api/deliveries/:id/release: a delivery held after a pause goes out after all (its content still approved at that revision). */
export const releaseEndpoint: Endpoint = {
  path: '/:id/release',
  method: 'post',
  handler: async (req) => {
    const held = await heldDelivery(req)
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
    return Response.json(await req.payload.findByID({ collection: 'deliveries', id: held.id, depth: 0, overrideAccess: true }))
  },
}

/** POST /api/deliveries/:id/cancel: a delivery held after a pause does not go out. */
export const cancelEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    const held = await heldDelivery(req)
    const who = String((req.user as { name?: string } | null)?.name ?? req.user?.id ?? '')
    const cancelled = await cancelQueuedDelivery({ payload: req.payload, req, id: held.id, reason: `暂停后由「${who}」决定不再发布。` })
    if (!cancelled) throw new APIError('这条发布的状态刚刚变了，请刷新后再看。', 409, null, true)
    return Response.json(cancelled)
  },
}
