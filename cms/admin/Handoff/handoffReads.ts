/** What a hand-off's readers (its page, Home's list) populate: the item's title, the account, the slot's time. */
export const HANDOFF_POPULATE = {
  articles: { title: true },
  videos: { title: true },
  posters: { title: true },
  notes: { title: true },
  'platform-accounts': { name: true, platform: true },
  'calendar-entries': { publishAt: true },
} as const

/** When the hand-off was due: its slot's time, else when sending began (what 已超时 is measured from). */
export function handoffDueAt(delivery: { calendarEntry?: unknown; sentAt?: string | null }): string | null {
  const entry = delivery.calendarEntry
  const publishAt = typeof entry === 'object' && entry !== null && 'publishAt' in entry ? entry.publishAt : undefined
  return (typeof publishAt === 'string' ? publishAt : undefined) ?? delivery.sentAt ?? null
}
