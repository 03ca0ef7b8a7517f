import { CHANNELS_MEDIA, DOUYIN_MEDIA, type PlatformId, XIAOHONGSHU_MEDIA } from '../../../lib/platforms'

/**
 * How many topics (话题) each platform takes, as data keyed by platform id from each profile's own media
 * constants. The profile's route limits carry no topic count yet; when PublishLimits gains `topics`,
 * targetLimits reads it from there first and this table can go.
 */
export const PLATFORM_TOPIC_LIMITS: Partial<Record<PlatformId, number>> = {
  douyin: DOUYIN_MEDIA.topics,
  xiaohongshu: XIAOHONGSHU_MEDIA.topics,
  channels: CHANNELS_MEDIA.topics,
}
