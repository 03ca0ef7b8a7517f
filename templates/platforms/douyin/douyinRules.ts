import { DOUYIN_MEDIA, douyinProfile } from '../../../lib/platforms'
import { shortPostRulesOf } from '../shortPost/shortPostRules'

/**
 * Douyin (抖音) caption rules (douyin.md §3.3–§3.4; the limits are the profile's, lib/platforms/douyin.ts):
 * one plain `text` with topics inline as `#话题`. UNCERTAIN (§11): the caption limit; the profile takes
 * the creator app's 1,000 characters and counts the topics inside it, as we do.
 */
export const douyinRules = shortPostRulesOf({ profile: douyinProfile, topics: DOUYIN_MEDIA.topics, bodyName: '文案' })
