import { APIError, type Endpoint } from 'payload'
import { z } from 'zod'
import { hasRole } from '../../../access/roles'
import { relationId } from '../../../review/contentSnapshot'
import { type DeliveryState, RETRYABLE_STATES } from '../../../workflow/deliveryStates'
import { requeueByOperator } from '../../../delivery/requeueByOperator'
import { actorIpOf } from '../../../http/actorIpOf'
import { APPROVED_STATES, REVIEW_STATE_LABELS, type ReviewState } from '../../../workflow/reviewStates'
import { readJsonBody } from '../../../http/readJsonBody'

const body = z.object({ checked: z.boolean().optional() }).nullable()

/**
 * POST /api/deliveries/:id/retry { checked? }: an editor retries a failed, unconfirmed or
 * needs-re-authorisation delivery. The run resumes from the recorded remote ids. An unconfirmed one
 * may already be on the platform, so it needs `checked: true`: someone looked and it is not there.
 */
export const retryEndpoint: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以重试发布。', 403, null, true)
    const parsed = body.safeParse(await readJsonBody(req))
    if (!parsed.success) throw new APIError('请求格式应为 { "checked": true }（结果待确认的发布需要先核对）。', 400, null, true)
    const { payload } = req
    const delivery = await payload.findByID({
      collection: 'deliveries',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!delivery) throw new APIError('发布记录不存在。', 404, null, true)
    const state = String(delivery.state)
    if (state === 'unconfirmed' && parsed.data?.checked !== true) {
      throw new APIError(
        '这条发布可能已经到达平台：请先到平台后台核对。已发出就点「已发布，粘贴链接」；确认没有发出，再点「已核对未发出，重试」（接口调用请带 "checked": true）。',
        400,
        null,
        true,
      )
    }
    if (!RETRYABLE_STATES.includes(state as DeliveryState)) {
      throw new APIError('只有「失败」「需重新授权」或「结果待确认」的发布可以重试。', 400, null, true)
    }
    const lastError = delivery.lastError as { kind?: string; message?: string } | null
    if (lastError?.kind === 'refused') {
      throw new APIError(
        `重试会同样失败：${lastError.message ?? '内容不符合发布要求'}。请修改内容、重新审核通过后再发布。`,
        400,
        null,
        true,
      )
    }
    const ref = delivery.content as { relationTo: 'articles' | 'videos' | 'posters'; value: unknown }
    const content = await payload.findByID({
      collection: ref.relationTo,
      id: relationId(ref.value) ?? '',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const status = content?.status as ReviewState | undefined
    if (!content || !status || !APPROVED_STATES.includes(status) || content.approvedVersion !== delivery.revision) {
      const now = status ? `现在是「${REVIEW_STATE_LABELS[status]?.zh ?? status}」` : '已被删除'
      throw new APIError(`这条发布用的定稿版本已不是当前定稿（内容${now}）：请在内容重新审核通过后从新的定稿发布。`, 400, null, true)
    }
    if (!(await requeueByOperator({ payload, id: delivery.id, event: 'retry', actorIp: actorIpOf(req) })))
      throw new APIError('这条发布的状态刚刚变了，请刷新后再看。', 409, null, true)
    return Response.json(await payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0, overrideAccess: true }))
  },
}
