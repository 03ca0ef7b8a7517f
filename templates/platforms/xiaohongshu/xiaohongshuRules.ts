import { XIAOHONGSHU_MEDIA, xiaohongshuProfile } from '../../../lib/platforms'
import { shortPostRulesOf } from '../shortPost/shortPostRules'

/**
 * 小红书 note rules (douyin.md §7; the limits are the profile's, lib/platforms/xiaohongshu.ts): title
 * ≤ 20, body ≤ 1,000 with the `#话题` written in it (≤ 10), 1–18 pictures. UNCERTAIN: whether the
 * 1,000 counts the topics; we count them (the safe reading). The in-app `#xx[话题]#` markup is not used.
 */
export const xiaohongshuRules = shortPostRulesOf({ profile: xiaohongshuProfile, topics: XIAOHONGSHU_MEDIA.topics, bodyName: '正文' })
