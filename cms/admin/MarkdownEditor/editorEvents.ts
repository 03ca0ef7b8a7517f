/**
 * How the findings panel reaches the editor: window events naming the field (its form path) and the
 * offsets a scan gave. `matched` is the text found there, so an editor that changed since can find it.
 */
export const REVEAL_EVENT = 'cms:reveal-offset'
/** Cancelled (preventDefault) by the editor that made the replacement; otherwise the sender does it. */
export const REPLACE_EVENT = 'cms:replace-offset'

export type RevealDetail = { field: string; from: number; to: number; matched: string }
export type ReplaceDetail = RevealDetail & { replacement: string }

/** Pure: an event's detail when it has the right shape (events cross component boundaries untyped). */
export function readRevealDetail(detail: unknown): RevealDetail | null {
  if (detail === null || typeof detail !== 'object') return null
  const { field, from, to, matched } = detail as Record<string, unknown>
  if (typeof field !== 'string' || typeof from !== 'number' || typeof to !== 'number' || typeof matched !== 'string') return null
  return { field, from, to, matched }
}

export function readReplaceDetail(detail: unknown): ReplaceDetail | null {
  const reveal = readRevealDetail(detail)
  const replacement = detail !== null && typeof detail === 'object' ? (detail as Record<string, unknown>).replacement : undefined
  return reveal && typeof replacement === 'string' ? { ...reveal, replacement } : null
}
