import type { PlatformProfile } from '../../../lib/platforms'

/**
 * What a plain-text platform (a caption or a note: 抖音, 小红书, 视频号) takes, read from its profile
 * (lib/platforms/<id>.ts) by the platform's rules file. Counted in characters (code points).
 */
export type ShortPostRules = {
  /** The platform as editors name it (小红书). */
  label: string
  /** What the text is called there (文案, 正文, 描述), for messages. */
  bodyName: string
  title: { max: number }
  /** The whole text, the `#话题` line included (the platforms count topics inside the text). */
  body: { max: number }
  topics: { max: number }
  /** The most pictures any of the platform's routes takes with one post; 0: it takes none. */
  images: { max: number }
}

/** The most pictures one post of the platform carries, over all its routes (a 图集 route, a video-only route…). */
export function mostImagesOf(profile: Pick<PlatformProfile, 'publishers'>): number {
  return Math.max(0, ...profile.publishers.map((route) => route.limits.images))
}

/** The rules of a plain-text platform from its profile, its documented topic limit and its word for the text. */
export function shortPostRulesOf(args: {
  profile: Pick<PlatformProfile, 'shortLabel' | 'text' | 'publishers'>
  topics: number
  bodyName: string
}): ShortPostRules {
  const { profile } = args
  const bodyMax = profile.text.body.max
  if (bodyMax === null) throw new Error(`${profile.shortLabel.zh}: a plain-text platform needs a body limit in its profile`)
  return {
    label: profile.shortLabel.zh,
    bodyName: args.bodyName,
    title: { max: profile.text.title.max },
    body: { max: bodyMax },
    topics: { max: args.topics },
    images: { max: mostImagesOf(profile) },
  }
}
