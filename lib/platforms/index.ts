import { channelsProfile } from './channels'
import { douyinProfile } from './douyin'
import type { Label, PlatformProfile, PublisherRoute } from './profile'
import { toutiaoProfile } from './toutiao'
import { wechatProfile } from './wechat'
import { weiboProfile } from './weibo'
import { xiaohongshuProfile } from './xiaohongshu'

/** The platforms, in the order the admin lists them. Adding one: its id here, its profile beside this file. */
export const PLATFORMS = ['wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels'] as const
export type PlatformId = (typeof PLATFORMS)[number]

export const PLATFORM_PROFILES = {
  wechat: wechatProfile,
  weibo: weiboProfile,
  toutiao: toutiaoProfile,
  douyin: douyinProfile,
  xiaohongshu: xiaohongshuProfile,
  channels: channelsProfile,
} as const satisfies Record<PlatformId, PlatformProfile>

type AnyProfile = (typeof PLATFORM_PROFILES)[PlatformId]
export type PublisherId = AnyProfile['publishers'][number]['id']

export const PLATFORM_LABELS: Record<PlatformId, Label> = {
  wechat: wechatProfile.label,
  weibo: weiboProfile.label,
  toutiao: toutiaoProfile.label,
  douyin: douyinProfile.label,
  xiaohongshu: xiaohongshuProfile.label,
  channels: channelsProfile.label,
}

export function platformProfile(platform: PlatformId): PlatformProfile {
  return PLATFORM_PROFILES[platform]
}

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && Object.hasOwn(PLATFORM_PROFILES, value)
}

const ROUTES: ReadonlyMap<string, PublisherRoute & { platform: PlatformId }> = new Map(
  PLATFORMS.flatMap((platform) => PLATFORM_PROFILES[platform].publishers.map((route) => [route.id, { ...route, platform }] as const)),
)

/** A publisher's facts (post step, media presets, limits…) from its platform's profile. */
export function publisherRoute(id: PublisherId): PublisherRoute & { platform: PlatformId } {
  const route = ROUTES.get(id)
  if (route === undefined) throw new Error(`no platform profile names publisher ${id}`)
  return route
}

export { platformProfileSchema, CONTENT_KINDS, BODY_FORMATS, PUSH_MODE_LABELS, PUSH_MODES } from './profile'
export type {
  BodyFormat,
  CharacterLimit,
  ContentKind,
  Label,
  PlatformProfile,
  PostStep,
  PublisherMedia,
  PublisherRoute,
  PublishLimits,
  PushMode,
  PushProfile,
  TextLimits,
} from './profile'
export { WECHAT_MEDIA, WECHAT_TEXT, wechatProfile } from './wechat'
export { WEIBO_MEDIA, WEIBO_SHARE_STARTED, WEIBO_TEXT, weiboProfile } from './weibo'
export { TOUTIAO_MEDIA, TOUTIAO_TEXT, toutiaoProfile } from './toutiao'
export { DOUYIN_MEDIA, DOUYIN_TEXT, douyinProfile } from './douyin'
export { XIAOHONGSHU_MEDIA, XIAOHONGSHU_TEXT, xiaohongshuProfile } from './xiaohongshu'
export { CHANNELS_MEDIA, CHANNELS_TEXT, channelsProfile } from './channels'
