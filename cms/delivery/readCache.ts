/**
 * Reads that a busy worker repeats for every delivery but that rarely change: an account and its
 * credentials, a pinned revision (never changes), a media file's record, the lexicon's version.
 * Each is kept a few seconds in this process, so a change (new credentials, an edited lexicon) is
 * seen after at most its `ttlMs`. A failed read is not kept.
 */
type Entry = { at: number; value: Promise<unknown> }

const MAX_ENTRIES = 1000
const entries = new Map<string, Entry>()

export function remember<T>(args: { key: string; ttlMs: number; load: () => Promise<T> }): Promise<T> {
  const now = Date.now()
  const hit = entries.get(args.key)
  if (hit && now - hit.at < args.ttlMs) return hit.value as Promise<T>
  const value = args.load()
  entries.set(args.key, { at: now, value })
  value.catch(() => entries.delete(args.key))
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next()
    if (!oldest.done) entries.delete(oldest.value)
  }
  return value
}

/** Drops entries at once: what they hold was just proven wrong (say, credentials the platform refused). */
export function forget(...keys: string[]): void {
  for (const key of keys) entries.delete(key)
}
