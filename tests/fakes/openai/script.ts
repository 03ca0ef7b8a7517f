import { z } from 'zod'

/** A scripted answer: its text, and how to deliver it (usage, finish reason, stream pacing). */
export const scriptedReplySchema = z.object({
  content: z.string(),
  usage: z.object({ promptTokens: z.number().int().nonnegative(), completionTokens: z.number().int().nonnegative() }).optional(),
  finishReason: z.enum(['stop', 'length', 'content_filter']).default('stop'),
  /** Code points per streamed chunk. */
  chunkSize: z.number().int().positive().default(4),
  /** Pause before each streamed chunk: slow streams let a test cancel mid-way. */
  chunkDelayMs: z.number().int().nonnegative().default(0),
})
export type ScriptedReply = z.infer<typeof scriptedReplySchema>

/**
 * Which requests a reply answers: by task (the `x-assist-task` header), by a substring of the messages,
 * or any; `times` uses (default 1) or `always`. Rules are tried in the order they were added.
 */
export const replyRuleSchema = z.object({
  task: z.string().optional(),
  contains: z.string().optional(),
  times: z.union([z.number().int().positive(), z.literal('always')]).default(1),
  reply: scriptedReplySchema,
})
export type ReplyRule = z.infer<typeof replyRuleSchema>
export type ReplyRuleInput = z.input<typeof replyRuleSchema>

/** Faults on the next chat request(s), before any reply: an HTTP error (with `retry-after`), a delay, or a body that is not JSON. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(400).max(599),
    times: z.number().int().positive().default(1),
    retryAfter: z.string().optional(),
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.string().nullable().optional(),
  }),
  z.object({ kind: z.literal('delay'), ms: z.number().int().nonnegative(), times: z.number().int().positive().default(1) }),
  z.object({ kind: z.literal('malformed-body'), times: z.number().int().positive().default(1) }),
])
export type Fault = z.infer<typeof faultSchema>
export type FaultInput = z.input<typeof faultSchema>

export type Script = {
  addReplies(rules: ReplyRule[]): void
  addFaults(faults: Fault[]): void
  /** Uses up one fault, if any is pending. */
  takeFault(): Fault | null
  /** Uses up the first rule that matches, if any. */
  takeReply(args: { task: string | null; text: string }): ScriptedReply | null
  reset(): void
}

export function createScript(): Script {
  let rules: ReplyRule[] = []
  let faults: Fault[] = []
  return {
    addReplies(more) {
      rules.push(...more.map((rule) => ({ ...rule })))
    },
    addFaults(more) {
      faults.push(...more.map((fault) => ({ ...fault })))
    },
    takeFault() {
      const fault = faults[0]
      if (fault === undefined) return null
      fault.times -= 1
      if (fault.times <= 0) faults.shift()
      return fault
    },
    takeReply({ task, text }) {
      const rule = rules.find(
        (candidate) =>
          (candidate.task === undefined || candidate.task === task) &&
          (candidate.contains === undefined || text.includes(candidate.contains)),
      )
      if (rule === undefined) return null
      if (rule.times !== 'always') {
        rule.times -= 1
        if (rule.times <= 0) rules = rules.filter((candidate) => candidate !== rule)
      }
      return rule.reply
    },
    reset() {
      rules = []
      faults = []
    },
  }
}
