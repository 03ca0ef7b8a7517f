import { z } from 'zod'
import { promptTemplates } from '../../templates/prompts'
import { parseModelJson } from '../modelText'
import { extractTitles } from '../offline/extractTitles'
import { DEFAULT_PLATFORM, PLATFORM_LIMITS, stricterLimit } from '../platformLimits'
import type { AssistInput } from '../types'
import type { TaskDefinition } from './taskDefinition'

export const DEFAULT_TITLE_COUNT = 5

const titleSchema = z.object({
  title: z
    .string()
    .transform((title) =>
      title
        .trim()
        .replace(/^[《“"「]+|[》”"」]+$/g, '')
        .replace(/[。.]$/, ''),
    )
    .pipe(z.string().min(1, '标题不能为空')),
  angle: z.string().trim().default(''),
})
const titlesSchema = z.union([
  z.object({ titles: z.array(titleSchema).min(1) }).transform((value) => value.titles),
  z.array(titleSchema).min(1),
])

function titleLimit(input: AssistInput): { max: number; label: string } {
  const platform = PLATFORM_LIMITS[input.platform ?? DEFAULT_PLATFORM]
  return { max: stricterLimit({ platformLimit: platform.title, maxLength: input.maxLength }), label: `${platform.label}标题` }
}

const round = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1))

/** One line per decided test: 胜出「…」（每条平均阅读人数 200）；落败「…」（130）. Empty when there are none. */
function pastTestLines(tests: AssistInput['pastTitleTests']): string {
  return (tests ?? [])
    .map(
      (test, index) =>
        `${index + 1}. 胜出「${test.winner.title}」（每条平均${test.metric} ${round(test.winner.value)}）；落败${test.losers
          .map((loser) => `「${loser.title}」（${round(loser.value)}）`)
          .join('、')}`,
    )
    .join('\n')
}

/** N title variants, each with its angle, within the platform's title limit (cut at a clause or flagged); offline from the article's subheadings and sentences. */
export const titlesTask: TaskDefinition = {
  task: 'titles',
  prompt: promptTemplates.titles,
  format: 'json',
  missingInput: (input) => (input.text || input.brief || input.title ? null : '起标题需要正文、活动简报或现有标题之一。'),
  variables: (input) => ({
    limit: titleLimit(input).max,
    count: input.count ?? DEFAULT_TITLE_COUNT,
    pastTests: pastTestLines(input.pastTitleTests),
  }),
  parse({ raw, input }) {
    const parsed = parseModelJson({ raw, schema: titlesSchema })
    if (!parsed.ok) return parsed
    const { max, label } = titleLimit(input)
    const unique = parsed.value.filter((item, index) => parsed.value.findIndex((other) => other.title === item.title) === index)
    return {
      ok: true,
      drafts: unique.slice(0, input.count ?? DEFAULT_TITLE_COUNT).map(({ title, angle }) => ({
        text: title,
        meta: { angle },
        limit: { max, measure: 'characters', label, overflow: 'cut-at-boundary', ellipsis: '' },
      })),
    }
  },
  offline(input) {
    if (!input.text) return null
    const { max, label } = titleLimit(input)
    return extractTitles({ markdown: input.text, title: input.title, max, count: input.count ?? DEFAULT_TITLE_COUNT }).map(
      ({ text, angle }) => ({
        text,
        meta: { angle, method: 'extraction' },
        limit: { max, measure: 'characters', label, overflow: 'cut-at-boundary', ellipsis: '' },
      }),
    )
  },
}
