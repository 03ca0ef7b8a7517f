import { z } from 'zod'
import { promptTemplates } from '../../templates/prompts'
import { applyLengthLimit } from '../lengthLimit'
import type { LengthLimit } from '../lengthLimit'
import { parseModelJson } from '../modelText'
import { extractTitles } from '../offline/extractTitles'
import { POSTER_LIMITS, stricterLimit } from '../platformLimits'
import type { AssistInput, AssistIssue } from '../types'
import type { TaskDefinition } from './taskDefinition'

const line = z.string().trim()
const posterSchema = z.object({
  headline: line.pipe(z.string().min(1, '主标题不能为空')),
  subheadline: line.nullish().transform((value) => value ?? ''),
  lines: z
    .array(line)
    .transform((lines) => lines.filter(Boolean))
    .pipe(z.array(z.string()).min(1, '至少要有一行卖点文案')),
  callToAction: line.nullish().transform((value) => value ?? ''),
})

function limits(input: AssistInput): { headline: LengthLimit; line: LengthLimit } {
  const cut = { measure: 'characters', overflow: 'cut-at-boundary', ellipsis: '' } as const
  return {
    headline: { ...cut, max: stricterLimit({ platformLimit: POSTER_LIMITS.headline, maxLength: input.maxLength }), label: '海报主标题' },
    line: { ...cut, max: POSTER_LIMITS.line, label: '海报文案' },
  }
}

/** Poster copy: a headline, a subheadline, 2–4 selling lines and a call to action, each within its length. */
export const posterTask: TaskDefinition = {
  task: 'poster',
  prompt: promptTemplates.poster,
  format: 'json',
  missingInput: (input) => (input.brief || input.text || input.title ? null : '写海报文案需要活动简报、标题或相关文章之一。'),
  variables: (input) => ({ headlineLimit: limits(input).headline.max, lineLimit: POSTER_LIMITS.line }),
  parse({ raw, input }) {
    const parsed = parseModelJson({ raw, schema: posterSchema })
    if (!parsed.ok) return parsed
    const issues: AssistIssue[] = []
    const fit = (text: string, limit: LengthLimit): string => {
      if (!text) return text
      const fitted = applyLengthLimit({ text, limit })
      issues.push(...fitted.issues)
      return fitted.text
    }
    const { headline, line: lineLimit } = limits(input)
    const copy = {
      headline: fit(parsed.value.headline, headline),
      subheadline: fit(parsed.value.subheadline, lineLimit),
      lines: parsed.value.lines.slice(0, POSTER_LIMITS.maxLines).map((text) => fit(text, lineLimit)),
      callToAction: fit(parsed.value.callToAction, lineLimit),
    }
    const text = [copy.headline, copy.subheadline, ...copy.lines, copy.callToAction].filter(Boolean).join('\n')
    return { ok: true, drafts: [{ text, issues, meta: copy }] }
  },
  offline(input) {
    if (!input.text) return null
    const { headline } = limits(input)
    const [lead, ...rest] = extractTitles({ markdown: input.text, max: POSTER_LIMITS.line, count: POSTER_LIMITS.maxLines + 1 })
    const title = input.title ? applyLengthLimit({ text: input.title, limit: headline }).text : lead?.text
    const lines = (input.title ? [lead, ...rest] : rest)
      .filter(Boolean)
      .slice(0, POSTER_LIMITS.maxLines)
      .map((line) => line.text)
    if (!title || lines.length < POSTER_LIMITS.minLines) return []
    const copy = { headline: title, subheadline: '', lines, callToAction: '' }
    return [{ text: [title, ...lines].join('\n'), meta: { ...copy, method: 'extraction' } }]
  },
}
