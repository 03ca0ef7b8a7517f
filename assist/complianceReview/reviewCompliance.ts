import { complianceReviewPrompt } from '../../templates/prompts'
import { chatCompletionSchema } from '../chatSchemas'
import { ASSIST_TASK_HEADER, createAssistClient } from '../client'
import { parseModelJson } from '../modelText'
import { renderPrompt } from '../renderPrompt'
import { toAssistError } from '../toAssistError'
import type { AssistConfig } from '../types'
import { locateQuote, type QuoteLocation, type ReviewedPart } from './locateQuote'
import { modelReviewSchema, REVIEW_KIND_LABELS, type ReviewPointKind } from './reviewSchemas'

/** The header value the model endpoint (and the local fake) sees for this task. */
export const COMPLIANCE_REVIEW_TASK = 'compliance-review'
export const OFFLINE_NOTE = '未配置 AI 模型，本次只做了词库检查。'

/** One point of the review: always kept, with where its quote stands when it could be found. */
export type ReviewPoint = {
  kind: ReviewPointKind
  kindLabel: string
  quote: string
  reason: string
  suggestion: string
  /** null: the quote is empty (missing information) or not in the text as written. */
  location: QuoteLocation | null
}

/**
 * `done`: the model read the text (no points is its opinion, not a pass); `offline`: no model is
 * configured; `failed`: the call or its answer failed. The last two say so in `note`.
 */
export type ComplianceReview =
  | { status: 'done'; points: ReviewPoint[]; model: string; note: string }
  | { status: 'offline' | 'failed'; points: []; model: null; note: string }

/**
 * The AI 复核 of an item's outgoing text: a semantic reading for claims of guaranteed returns, cures,
 * superlatives in other words and missing 产地/材质. Advisory; never throws for the model's sake.
 */
export async function reviewCompliance(args: {
  config: AssistConfig
  /** What the item is, in words (图文, 海报, 视频). */
  kind: string
  parts: readonly ReviewedPart[]
  signal?: AbortSignal
}): Promise<ComplianceReview> {
  const { config } = args
  if (!config.apiKey) return { status: 'offline', points: [], model: null, note: OFFLINE_NOTE }
  const text = args.parts.map((part) => `【${part.label}】${part.text}`).join('\n\n')
  const values = { kind: args.kind, text }
  const messages = [
    { role: 'system' as const, content: renderPrompt({ parts: complianceReviewPrompt.system, values }) },
    { role: 'user' as const, content: renderPrompt({ parts: complianceReviewPrompt.user, values }) },
  ]
  let answer: string
  try {
    const client = await createAssistClient({ ...config, apiKey: config.apiKey })
    const reply = await client.chat.completions.create(
      { model: config.model, messages },
      { signal: args.signal, headers: { [ASSIST_TASK_HEADER]: COMPLIANCE_REVIEW_TASK } },
    )
    answer = chatCompletionSchema.parse(reply).choices[0].message.content ?? ''
  } catch (error) {
    const reason = (await toAssistError({ error, signal: args.signal })).message
    return { status: 'failed', points: [], model: null, note: `AI 复核没有完成：${reason} 本次只做了词库检查。` }
  }
  const parsed = parseModelJson({ raw: answer, schema: modelReviewSchema })
  if (!parsed.ok)
    return {
      status: 'failed',
      points: [],
      model: null,
      note: `AI 复核的回答无法读取（${parsed.problem}），本次只做了词库检查，请稍后重试。`,
    }
  const points = parsed.value.points.map((point) => ({
    kind: point.kind,
    kindLabel: REVIEW_KIND_LABELS[point.kind],
    quote: point.quote.trim(),
    reason: point.reason.trim(),
    suggestion: point.suggestion.trim(),
    location: locateQuote({ quote: point.quote, parts: args.parts }),
  }))
  const note =
    points.length === 0
      ? 'AI 复核没有指出问题。这只是参考意见，不代表内容合规，请仍按词库结果和人工判断审核。'
      : `AI 复核提出 ${points.length} 条参考意见，请逐条判断。`
  return { status: 'done', points, model: config.model, note }
}
