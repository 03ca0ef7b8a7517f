import { PLATFORM_LABELS } from '../../../lib/platforms'

/**
 * Weibo `2/statuses/share` rules, from shared/platforms/weibo.md §2.1 and §5: plain text of at
 * most 140 characters that must contain a link on the app's secure domain (the article's public
 * page), no `#话题#` topics, one picture. UNCERTAIN (weibo.md): how Weibo counts the 140; we
 * follow its advice and count every code point as 1 (ASCII too) and every URL as at least 20.
 */
export const weiboRules = {
  label: PLATFORM_LABELS.weibo.zh,
  status: { max: 140, urlMinCost: 20 },
  excerpt: { minLength: 6, ellipsis: '…' },
  titleBrackets: ['【', '】'],
  /** `#话题#` is refused by statuses/share, so topics are kept as text in these brackets. */
  topicBrackets: ['「', '」'],
} as const
