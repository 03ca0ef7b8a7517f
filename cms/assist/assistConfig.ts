import { type AssistConfig, assistConfigSchema } from '../../assist'
import { env } from '../../lib/env'

/** The OpenAI-compatible provider from env; no key means the offline fallback. */
export function assistConfig(): AssistConfig {
  return assistConfigSchema.parse({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.AI_MODEL })
}
