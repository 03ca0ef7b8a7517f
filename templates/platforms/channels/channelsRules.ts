import { CHANNELS_MEDIA, channelsProfile } from '../../../lib/platforms'
import { shortPostRulesOf } from '../shortPost/shortPostRules'

/**
 * 视频号 rules (douyin.md §8; the limits are the profile's, lib/platforms/channels.ts): a short title
 * and a description carrying the `#话题`. UNCERTAIN: both limits (22 and 1,000, what tools use); the
 * topics are counted inside the description (the safe reading).
 */
export const channelsRules = shortPostRulesOf({ profile: channelsProfile, topics: CHANNELS_MEDIA.topics, bodyName: '视频描述' })
