import { ZodError, z } from 'zod'
import { AssistError } from './assistError'

/** The `error` object of an OpenAI-style error body. */
const providerErrorSchema = z.object({ message: z.string().min(1) })

/**
 * A failure of a model call as an AssistError with a Chinese message that says what to do. Anything that
 * is not a model-call failure (a bug) is rethrown as it is. The SDK's error classes come with the SDK,
 * which a model call has loaded already (assist/client.ts).
 */
export async function toAssistError(args: { error: unknown; signal?: AbortSignal }): Promise<AssistError> {
  const { error } = args
  if (error instanceof AssistError) return error
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, OpenAIError } = await import('openai')
  if (args.signal?.aborted || error instanceof APIUserAbortError) {
    return new AssistError({ code: 'aborted', message: '已取消，没有生成内容。', cause: error })
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new AssistError({ code: 'upstream-timeout', message: 'AI 服务响应超时，已自动重试仍未成功，请稍后再试。', cause: error })
  }
  if (error instanceof APIConnectionError) {
    return new AssistError({
      code: 'upstream-unreachable',
      message: '连接不上 AI 服务：请检查 OPENAI_BASE_URL 和服务器的网络。',
      cause: error,
    })
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0
    if (status === 401 || status === 403) {
      return new AssistError({
        code: 'upstream-auth',
        message: `AI 服务拒绝了密钥（${status}）：请检查 OPENAI_API_KEY 是否正确、是否属于 OPENAI_BASE_URL 指向的服务。`,
        cause: error,
      })
    }
    if (status === 429) {
      return new AssistError({
        code: 'upstream-rate-limited',
        message: 'AI 服务繁忙或额度已用完（429），已自动重试仍未成功，请稍后再试。',
        cause: error,
      })
    }
    if (status >= 500) {
      return new AssistError({
        code: 'upstream-unavailable',
        message: `AI 服务暂时不可用（${status}），已自动重试仍未成功，请稍后再试。`,
        cause: error,
      })
    }
    const body = providerErrorSchema.safeParse(error.error)
    const detail = body.success ? `：${body.data.message}` : ''
    const hint = status === 404 ? '请检查 AI_MODEL 的模型名称和 OPENAI_BASE_URL。' : '请检查模型配置，或把内容改短后再试。'
    return new AssistError({ code: 'upstream-bad-request', message: `AI 服务拒绝了请求（${status}${detail}）。${hint}`, cause: error })
  }
  if (error instanceof ZodError || error instanceof SyntaxError || error instanceof OpenAIError) {
    return new AssistError({
      code: 'upstream-invalid-response',
      message: 'AI 服务的回复无法识别，没有生成内容。请检查 OPENAI_BASE_URL 是否指向兼容 OpenAI 的接口。',
      cause: error,
    })
  }
  throw error
}
