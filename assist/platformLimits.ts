import { PLATFORM_LABELS } from '../lib/platforms'
import type { AssistPlatform } from './types'

/**
 * Length limits from shared/platforms (counted in code points, as templates/platforms/*Rules.ts do):
 * WeChat title ≤ 32 and digest ≤ 128 字, body < 20,000 (wechat.md §2.3); Toutiao title 2–30 (toutiao.md §4);
 * Weibo status ≤ 140 with each URL counted as at least 20, long-form (头条文章) title ≤ 32 (weibo.md §2.1, §2.3).
 * Poster limits are ours: a headline is read at a glance, a line in one breath.
 */
export const PLATFORM_LIMITS: Record<AssistPlatform, { label: string; title: number; body: number | null }> = {
  wechat: { label: PLATFORM_LABELS.wechat.zh, title: 32, body: 19_999 },
  toutiao: { label: PLATFORM_LABELS.toutiao.zh, title: 30, body: null },
  weibo: { label: PLATFORM_LABELS.weibo.zh, title: 32, body: null },
}

export const WECHAT_DIGEST_LIMIT = 128
export const WEIBO_STATUS_LIMIT = 140
export const POSTER_LIMITS = { headline: 16, line: 24, minLines: 2, maxLines: 4 }
export const DEFAULT_PLATFORM: AssistPlatform = 'wechat'

/** The task's limit: the platform's, or the caller's `maxLength` when that is stricter. */
export function stricterLimit(args: { platformLimit: number; maxLength?: number }): number {
  return args.maxLength === undefined ? args.platformLimit : Math.min(args.platformLimit, args.maxLength)
}
