import type { PlatformId } from '../lib/platforms'

export const ASSIST_TASKS = ['draft', 'titles', 'digest', 'weibo', 'rewrite', 'polish', 'poster'] as const
export type AssistTask = (typeof ASSIST_TASKS)[number]

/** Tasks whose text can be shown as it arrives; the others answer JSON that is only useful whole. */
export const STREAMING_TASKS: readonly AssistTask[] = ['draft', 'rewrite', 'polish', 'weibo', 'digest']

export type AssistPlatform = PlatformId

/** The brand voice, per campaign or global: part of every prompt; banned phrasings are also checked in every suggestion. */
export type StyleGuide = { do: string[]; dont: string[]; bannedPhrases: string[] }

/**
 * One of the team's decided title tests (the CMS collects them): the title that won and those it beat,
 * each with its average per post of `metric` (阅读人数, 播放量 or 互动数).
 */
export type PastTitleTest = {
  metric: string
  winner: { title: string; value: number }
  losers: { title: string; value: number }[]
}

export type AssistInput = {
  text?: string
  title?: string
  brief?: string
  instruction?: string
  platform?: AssistPlatform
  count?: number
  maxLength?: number
  /** The article's own Weibo topics (微博话题), without the # marks. */
  hashtags?: string[]
  styleGuide?: StyleGuide
  /** The titles task shows these as examples (过往标题测试). */
  pastTitleTests?: PastTitleTest[]
}

/** Structurally identical to moderation's Finding: offsets are into the suggestion's `text`. */
export type Finding = {
  word: string
  category: string
  severity: 'block' | 'review' | 'warn'
  replacement: string | null
  start: number
  end: number
}

/** The sensitive-word scan (moderation's `matcher.scan`), passed in so assist never imports moderation. */
export type ScanText = (text: string) => Finding[]

/**
 * A problem with a suggestion (or with the whole answer). `message` is Chinese, for a copywriter.
 * `error`: do not insert as is (over a hard limit, banned phrasing); `warning`: inserted text was changed
 * or needs a look (trimmed to a limit, offline fallback).
 */
export type AssistIssue = {
  code: string
  message: string
  severity: 'error' | 'warning'
  limit?: number
  actual?: number
}

export type AssistSuggestion = {
  text: string
  findings: Finding[]
  issues: AssistIssue[]
  meta?: Record<string, unknown>
}

export type AssistUsage = { promptTokens: number; completionTokens: number; totalTokens: number; model: string }

export type AssistResult = {
  suggestions: AssistSuggestion[]
  /** About the whole answer, e.g. "the model is not configured" (then `suggestions` may be empty). */
  issues: AssistIssue[]
  usage: AssistUsage | null
  offline: boolean
}

export type AssistStreamEvent =
  { type: 'delta'; text: string } | { type: 'done'; result: AssistResult } | { type: 'error'; code: string; message: string }

/** Built by the caller from lib/env (OPENAI_API_KEY, OPENAI_BASE_URL, AI_MODEL); no key means offline. */
export type AssistConfig = {
  apiKey?: string
  baseURL?: string
  model: string
  taskModels?: Partial<Record<AssistTask, string>>
  timeoutMs?: number
  maxRetries?: number
}

export type AssistTaskArgs = {
  task: AssistTask
  input: AssistInput
  config: AssistConfig
  scan: ScanText
  signal?: AbortSignal
}
