import { readStoredHandoffPackage, type StoredHandoffPackage } from '../../delivery/storedHandoffPackage'

export type { StoredHandoffMedia, StoredHandoffPackage } from '../../delivery/storedHandoffPackage'

/** The package of a delivery, media in posting order, or null when it has none (or one this page cannot read). */
export function readHandoffPackage(value: unknown): StoredHandoffPackage | null {
  const stored = readStoredHandoffPackage(value)
  return stored ? { ...stored, media: [...stored.media].sort((a, b) => a.position - b.position) } : null
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
