import { weiboProfile } from '../../../lib/platforms'

/**
 * Weibo `2/statuses/share` rules (the limits are the profile's, lib/platforms/weibo.ts), from
 * shared/platforms/weibo.md §2.1 and §5: plain text of at most 140 characters that must contain a link on the app's secure domain (the article's public
 * page), no `#话题#` topics, one picture. UNCERTAIN (weibo.md): how Weibo counts the 140; we
 * follow its advice and count every code point as 1 (ASCII too) and every URL as at least 20.
 */
export const weiboRules = {
  label: weiboProfile.label.zh,
  status: { max: weiboProfile.text.body.max, urlMinCost: weiboProfile.text.body.urlMinCost },
  excerpt: { minLength: 6, ellipsis: '…' },
  titleBrackets: ['【', '】'],
  /** `#话题#` is refused by statuses/share, so topics are kept as text in these brackets. */
  topicBrackets: ['「', '」'],
} as const
