import { APIError } from 'payload'
import { z } from 'zod'
import { BACKGROUND_QUEUE_KINDS, retryBackgroundQueueJob } from '../../scheduler/queues'
import { defineEndpoint } from '../http/defineEndpoint'

const REFUSALS = {
  not_found: { status: 404, message: '找不到这个任务：它可能已经重试成功或被清理了。请刷新页面。' },
  not_failed: { status: 409, message: '这个任务没有出错（正在执行或在排队），不需要重试。' },
  unavailable: { status: 503, message: '连不上 Redis，暂时无法重试。请确认 Redis 在运行后再试。' },
} as const

/** POST /api/scheduler/background/:kind/:job/retry → runs a failed background job again; admins only. */
export const backgroundRetryEndpoint = defineEndpoint({
  path: '/scheduler/background/:kind/:job/retry',
  method: 'post',
  roles: ['admin'],
  refusal: '只有管理员可以重试后台任务。',
  params: z.object({
    kind: z.enum(BACKGROUND_QUEUE_KINDS, { errorMap: () => ({ message: '没有这个后台队列。' }) }),
    job: z.string().min(1).max(200),
  }),
  handler: async ({ params }) => {
    const result = await retryBackgroundQueueJob({ kind: params.kind, jobId: params.job })
    if (result !== 'retried') throw new APIError(REFUSALS[result].message, REFUSALS[result].status, null, true)
    return Response.json({ retried: true, message: '已重新排队，后台进程会马上执行。' })
  },
})
