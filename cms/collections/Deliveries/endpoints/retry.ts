import { APIError } from 'payload'
import { z } from 'zod'
import { requireAccountAssignment } from '../../../access/accountRefusal'
import { contentRefOf } from '../../../content'
import { readNote } from '../../../delivery/deliveryJson'
import { requeueByOperator } from '../../../delivery/requeueByOperator'
import { actorIpOf } from '../../../http/actorIpOf'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { RETRYABLE_STATES } from '../../../workflow/deliveryStates'
import { APPROVED_STATES, REVIEW_STATE_LABELS } from '../../../workflow/reviewStates'
import { findForUser } from '../../../http/findForUser'

const body = z.object({ checked: z.boolean().optional() }).nullable()

/**
 * POST /api/deliveries/:id/retry { checked? }: an editor (or the account's operator) retries a failed, unconfirmed or
 * needs-re-authorisation delivery. The run resumes from the recorded remote ids. An unconfirmed one
 * may already be on the platform, so it needs `checked: true`: someone looked and it is not there.
 */
export const retryEndpoint = defineEndpoint({
  path: '/:id/retry',
  method: 'post',
  // Operators (内容运营) retry too, for the accounts assigned to them.
  roles: ['admin', 'editor', 'operator'],
  refusal: '只有编辑或管理员（以及负责该账号的内容运营）可以重试发布。',
  body,
  invalidBody: '请求格式应为 { "checked": true }（结果待确认的发布需要先核对）。',
  handler: async ({ req, params, body }) => {
    const { payload } = req
    const delivery = await findForUser({ req, collection: 'deliveries', id: params.id, missing: '发布记录不存在。' })
    // Read access already hides other accounts' deliveries from an operator; this says so if it ever widens.
    await requireAccountAssignment({ req, account: delivery.account, action: 'retry' })
    if (delivery.state === 'unconfirmed' && body?.checked !== true) {
      throw new APIError(
        '这条发布可能已经到达平台：请先到平台后台核对。已发出就点「已发布，粘贴链接」；确认没有发出，再点「已核对未发出，重试」（接口调用请带 "checked": true）。',
        400,
        null,
        true,
      )
    }
    if (!RETRYABLE_STATES.includes(delivery.state)) {
      throw new APIError('只有「失败」「需重新授权」或「结果待确认」的发布可以重试。', 400, null, true)
    }
    const lastError = readNote(delivery.lastError)
    if (lastError?.kind === 'refused') {
      throw new APIError(
        `重试会同样失败：${lastError.message ?? '内容不符合发布要求'}。请修改内容、重新审核通过后再发布。`,
        400,
        null,
        true,
      )
    }
    const ref = contentRefOf(delivery.content)
    // Whether the content still holds this approval is the system's question, not what this editor may read.
    const content = ref
      ? await payload.findByID({ collection: ref.relationTo, id: ref.value, depth: 0, overrideAccess: true, disableErrors: true })
      : null
    const status = content?.status
    if (!content || !status || !APPROVED_STATES.includes(status) || content.approvedVersion !== delivery.revision) {
      const now = status ? `现在是「${REVIEW_STATE_LABELS[status].zh}」` : '已被删除'
      throw new APIError(`这条发布用的定稿版本已不是当前定稿（内容${now}）：请在内容重新审核通过后从新的定稿发布。`, 400, null, true)
    }
    if (!(await requeueByOperator({ payload, id: delivery.id, event: 'retry', actorIp: actorIpOf(req) })))
      throw new APIError('这条发布的状态刚刚变了，请刷新后再看。', 409, null, true)
    return Response.json(await findForUser({ req, collection: 'deliveries', id: delivery.id, missing: '发布记录不存在。' }))
  },
})
