import { PLATFORM_PROFILES, PLATFORMS } from '../lib/platforms'
import type { PlatformProfile } from '../lib/platforms'
import type { AssistPlatform } from './types'

type AssistLimits = { label: string; title: number; body: number | null }

/**
 * The limits the assist fits to, read from the platform profiles (lib/platforms/<id>.ts), counted in
 * code points. `body` is a draft's limit in characters (an article, a caption or a note, its #话题
 * included): none for a platform whose posts are counted Weibo's way (WEIBO_STATUS_LIMIT) or that
 * documents none.
 */
function assistLimits(profile: PlatformProfile): AssistLimits {
  const { text } = profile
  return { label: profile.label.zh, title: text.title.max, body: text.body.measure === 'characters' ? text.body.max : null }
}

export const PLATFORM_LIMITS: Readonly<Record<AssistPlatform, AssistLimits>> = {
  wechat: assistLimits(PLATFORM_PROFILES.wechat),
  weibo: assistLimits(PLATFORM_PROFILES.weibo),
  toutiao: assistLimits(PLATFORM_PROFILES.toutiao),
  douyin: assistLimits(PLATFORM_PROFILES.douyin),
  xiaohongshu: assistLimits(PLATFORM_PROFILES.xiaohongshu),
  channels: assistLimits(PLATFORM_PROFILES.channels),
}

export const WECHAT_DIGEST_LIMIT = PLATFORM_PROFILES.wechat.text.digest.max
export const WEIBO_STATUS_LIMIT = PLATFORM_PROFILES.weibo.text.body.max
/** Poster limits are ours: a headline is read at a glance, a line in one breath. */
export const POSTER_LIMITS = { headline: 16, line: 24, minLines: 2, maxLines: 4 }
/** Tasks without a platform write for the first one the team lists (the WeChat article). */
export const DEFAULT_PLATFORM: AssistPlatform = PLATFORMS[0]

/** Whether the platform takes short posts (a status, a caption, a note) rather than articles. */
export function takesShortPosts(platform: AssistPlatform): boolean {
  return PLATFORM_PROFILES[platform].writes === 'short-posts'
}

/**
 * Whether its posts are statuses counted Weibo's way, a link included (the weibo task's rules: 140, a
 * `[原文链接]` placeholder). Other short posts (抖音文案, 小红书笔记, 视频号描述) are plain text within the
 * profile's body limit, with a title.
 */
export function postsLinkedStatuses(platform: AssistPlatform): boolean {
  return PLATFORM_PROFILES[platform].text.body.measure === 'weibo'
}

/** The task's limit: the platform's, or the caller's `maxLength` when that is stricter. */
export function stricterLimit(args: { platformLimit: number; maxLength?: number }): number {
  return args.maxLength === undefined ? args.platformLimit : Math.min(args.platformLimit, args.maxLength)
}
