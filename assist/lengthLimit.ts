import { fitToLength } from './text/fitToLength'
import type { FitCut } from './text/fitToLength'
import { measureLength, WEIBO_URL_MIN_COST } from './text/countLength'
import type { LengthMeasure } from './text/countLength'
import type { AssistIssue } from './types'

/**
 * A hard length limit on a suggestion. `overflow`: `cut` trims at a sentence/clause end (mid-clause if it
 * must); `cut-at-boundary` trims only at a sentence or clause end and otherwise flags (titles); `flag` never
 * changes the text. `label` names the thing in Chinese, e.g. "公众号摘要".
 */
export type LengthLimit = {
  max: number
  measure: LengthMeasure
  label: string
  overflow: 'cut' | 'cut-at-boundary' | 'flag'
  ellipsis?: string
}

const CUT_PLACE = { sentence: '句末', clause: '分句处', hard: '上限处（没有合适的断句位置，请检查结尾）' } as const

/** Where a text was cut, for an issue message: 句末 / 分句处 / 上限处. */
export function cutPlace(cut: Exclude<FitCut, 'none'>): string {
  return CUT_PLACE[cut]
}

function unit(measure: LengthMeasure): string {
  return measure === 'weibo' ? `字（链接按 ${WEIBO_URL_MIN_COST} 字计）` : '字'
}

function overLimitIssue(args: { limit: LengthLimit; actual: number }): AssistIssue {
  const { limit, actual } = args
  return {
    code: 'over-limit',
    severity: 'error',
    limit: limit.max,
    actual,
    message: `${limit.label}有 ${actual} ${unit(limit.measure)}，超过上限 ${limit.max} 字，请改短后再用。`,
  }
}

/** Checks the limit and fixes (trims) or flags the text; an untouched text within the limit has no issue. */
export function applyLengthLimit(args: { text: string; limit: LengthLimit }): { text: string; issues: AssistIssue[] } {
  const { limit } = args
  const actual = measureLength({ text: args.text, measure: limit.measure })
  if (actual <= limit.max) return { text: args.text, issues: [] }
  if (limit.overflow === 'flag') return { text: args.text, issues: [overLimitIssue({ limit, actual })] }
  const fitted = fitToLength({ text: args.text, max: limit.max, measure: limit.measure, ellipsis: limit.ellipsis })
  if (fitted.cut === 'none') return { text: fitted.text, issues: [] }
  if (fitted.cut === 'hard' && limit.overflow === 'cut-at-boundary') return { text: args.text, issues: [overLimitIssue({ limit, actual })] }
  return {
    text: fitted.text,
    issues: [
      {
        code: 'trimmed-to-limit',
        severity: 'warning',
        limit: limit.max,
        actual,
        message: `${limit.label}原有 ${actual} ${unit(limit.measure)}，超过上限 ${limit.max} 字，已在${cutPlace(fitted.cut)}截短。`,
      },
    ],
  }
}
