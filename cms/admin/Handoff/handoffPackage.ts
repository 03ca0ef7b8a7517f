import { z } from 'zod'
import { PLATFORMS } from '../../../lib/platforms'

const media = z.object({
  kind: z.enum(['image', 'video']),
  position: z.number().int().positive(),
  url: z.string().min(1),
  filename: z.string().min(1),
  contentType: z.string().min(1),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
})

/**
 * The delivery's stored `package` (contracts: what recordOutcome writes for a hand-off), read once with
 * zod: the text to copy, the media in posting order with the URL the operator saves each from.
 */
export const handoffPackageSchema = z.object({
  platform: z.enum(PLATFORMS),
  title: z.string(),
  body: z.string(),
  topics: z.array(z.string()).default([]),
  media: z.array(media).default([]),
  cover: media.optional(),
  checklist: z.array(z.string()).default([]),
  openUrl: z.string().min(1).optional(),
})

export type StoredHandoffPackage = z.infer<typeof handoffPackageSchema>
export type StoredHandoffMedia = z.infer<typeof media>

/** The package of a delivery, or null when it has none (or one this page cannot read). */
export function readHandoffPackage(value: unknown): StoredHandoffPackage | null {
  const parsed = handoffPackageSchema.safeParse(value)
  return parsed.success ? { ...parsed.data, media: [...parsed.data.media].sort((a, b) => a.position - b.position) } : null
}

/**
 * The topics alone, as they are pasted into the app's topic box: `#话题` separated by spaces.
 * UNCERTAIN (douyin.md §7): 小红书's in-app `#xx[话题]#` markup is not documented; plain `#话题` is the safe reading.
 */
export function topicsLine(topics: readonly string[]): string {
  return topics
    .map((topic) => topic.trim())
    .filter(Boolean)
    .map((topic) => (topic.startsWith('#') ? topic : `#${topic}`))
    .join(' ')
}
