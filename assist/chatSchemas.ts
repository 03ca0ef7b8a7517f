import { z } from 'zod'

/** What we read of the chat-completions replies, checked at the boundary (providers differ in the details). */
export const usageSchema = z.object({
  prompt_tokens: z.number().int().nonnegative(),
  completion_tokens: z.number().int().nonnegative(),
  total_tokens: z.number().int().nonnegative().optional(),
})

export const chatCompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema.nullish(),
})

export const chatCompletionChunkSchema = z.object({
  choices: z.array(
    z.object({
      delta: z.object({ content: z.string().nullish() }).nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
  usage: usageSchema.nullish(),
})

export type TokenCount = { promptTokens: number; completionTokens: number; totalTokens: number }

export function tokenCountOf(usage: z.infer<typeof usageSchema> | null | undefined): TokenCount | null {
  if (!usage) return null
  const totalTokens = usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, totalTokens }
}

export function addTokenCounts(a: TokenCount | null, b: TokenCount | null): TokenCount | null {
  if (a === null || b === null) return a ?? b
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  }
}
