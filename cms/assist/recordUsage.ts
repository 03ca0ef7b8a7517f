import type { PayloadRequest } from 'payload'
import type { AssistResult } from '../../assist'

export async function recordUsage(args: { req: PayloadRequest; task: string; result: AssistResult }): Promise<void> {
  const { usage } = args.result
  if (!usage || !args.req.user) return
  await args.req.payload.create({
    collection: 'assist-usage',
    overrideAccess: true,
    data: {
      user: args.req.user.id,
      task: args.task,
      model: usage.model,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      totalTokens: usage.totalTokens,
    },
  })
}
