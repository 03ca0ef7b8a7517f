import { type ContentKind, isPlatformId, PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import { mediaPresets } from '../../../media/mediaPresets'

/** One target platform's limits for one content kind, read from its profile (the route that takes the kind). */
export type TargetLimit = {
  platform: PlatformId
  label: string
  title: number | null
  body: number | null
  images: number | null
  topics: number | null
  /** The shape the platform wants its pictures or video in, from the route's media preset (竖屏 9:16, 3:4 1080×1440). */
  shape: string | null
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** A preset's fixed size as a ratio and pixels (9:16，1080×1920); null for presets that only shrink. */
function presetShape(presetId: string | null | undefined, kind: ContentKind): string | null {
  const preset = presetId ? mediaPresets[presetId] : undefined
  if (!preset || preset.size.fit !== 'cover') return null
  const { width, height } = preset.size
  const divisor = gcd(width, height)
  const ratio = `${width / divisor}:${height / divisor}`
  if (kind === 'video') return `${height > width ? '竖屏' : '横屏'} ${ratio}（封面 ${width}×${height}）`
  return `图片裁成 ${ratio}（${width}×${height}），按焦点裁剪`
}

const positive = (value: number | undefined): number | null => (value !== undefined && value > 0 ? value : null)

/**
 * The limits of the platforms the item goes to, one per platform (two accounts on 小红书 are one line),
 * in the order the platforms are listed. Platforms whose routes do not take this kind are left out.
 */
export function targetLimits(args: { platforms: readonly string[]; kind: ContentKind }): TargetLimit[] {
  const seen = new Set<PlatformId>()
  const limits: TargetLimit[] = []
  for (const platform of args.platforms) {
    if (!isPlatformId(platform) || seen.has(platform)) continue
    seen.add(platform)
    const profile = PLATFORM_PROFILES[platform]
    const route = profile.publishers.find((candidate) => (candidate.contentKinds as readonly ContentKind[]).includes(args.kind))
    if (!route) continue
    const routeLimits: { title?: number; body: number; images: number; topics?: number } = route.limits
    const topics = routeLimits.topics
    limits.push({
      platform,
      label: profile.shortLabel.zh,
      title: positive(routeLimits.title ?? profile.text.title.max),
      body: positive(routeLimits.body) ?? profile.text.body.max,
      images: args.kind === 'video' ? null : positive(routeLimits.images),
      topics: topics ?? null,
      shape: presetShape(args.kind === 'video' ? route.media.cover.image : route.media.body, args.kind),
    })
  }
  return limits
}

/** What the item holds now, counted as the platforms count: characters as code points. */
export type ItemCounts = { title: number; body: number; images: number; topics: number }

export type LimitReading = { what: string; count: number; max: number; over: boolean; message: string | null }

const UNITS = { title: '字', body: '字', images: '张', topics: '个' } as const
const NAMES = { title: '标题', body: '正文（含话题）', images: '图片', topics: '话题' } as const

/** Each limit against the item's counts: n/max, and when over, a sentence naming the platform's limit. */
export function readLimits(args: { limit: TargetLimit; counts: ItemCounts }): LimitReading[] {
  const keys = ['title', 'body', 'images', 'topics'] as const
  return keys.flatMap((key) => {
    const max = args.limit[key]
    if (max === null) return []
    const count = args.counts[key]
    const over = count > max
    const message = over ? `${args.limit.label}${NAMES[key]}最多 ${max} ${UNITS[key]}，现在 ${count} ${UNITS[key]}。` : null
    return [{ what: NAMES[key], count, max, over, message }]
  })
}

const characters = (text: string) => Array.from(text).length

/**
 * The counts of an item's fields. The package pastes the topics into the body as `#话题`, so the body is
 * counted with them (UNCERTAIN whether every platform counts the tags: the stricter reading).
 */
export function countItem(args: { title: string; body: string; images: number; topics: readonly string[] }): ItemCounts {
  const topics = args.topics.map((topic) => topic.trim()).filter(Boolean)
  const tags = topics.map((topic) => `#${topic.replace(/^#/, '')}`).join(' ')
  const body = args.body.trim() && tags ? `${args.body.trim()}\n${tags}` : args.body.trim() || tags
  return { title: characters(args.title), body: characters(body), images: args.images, topics: topics.length }
}
