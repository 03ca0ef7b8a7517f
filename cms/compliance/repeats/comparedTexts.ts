/** What the repeat check needs of another item: its title, and the shingle set its text is compared by. */
export type ComparedText = { title: string; shingles: ReadonlySet<string> }

export type ComparedTexts = {
  /** The text kept for `key` when it was read at this `updatedAt`; undefined when not kept or since changed. */
  get: (key: string, updatedAt: string) => ComparedText | undefined
  set: (key: string, updatedAt: string, text: ComparedText) => void
}

/**
 * Other items' compared texts, kept in this process by the `updatedAt` of the draft they were read
 * from, the least recently used dropped first once they hold more than `maxShingles` shingles in all.
 * A team's templated posts are near one another, so every save among them compared the same twenty
 * unchanged drafts, read and cut into shingles again each time: most of the check's cost, on every
 * autosave. Every save writes a new `updatedAt` (Payload sets it on each version it writes, autosaves
 * included), so a changed draft is read again; one read in another process is seen by its new value.
 */
export function comparedTexts(args: { maxShingles: number }): ComparedTexts {
  const kept = new Map<string, { updatedAt: string; text: ComparedText }>()
  let shingles = 0
  const drop = (key: string) => {
    const entry = kept.get(key)
    if (!entry) return
    kept.delete(key)
    shingles -= entry.text.shingles.size
  }
  return {
    get: (key, updatedAt) => {
      const entry = kept.get(key)
      if (!entry || entry.updatedAt !== updatedAt) return undefined
      // Map keeps insertion order: moved to the end, it is the last to be dropped.
      kept.delete(key)
      kept.set(key, entry)
      return entry.text
    },
    set: (key, updatedAt, text) => {
      drop(key)
      if (text.shingles.size > args.maxShingles) return
      kept.set(key, { updatedAt, text })
      shingles += text.shingles.size
      for (const oldest of kept.keys()) {
        if (shingles <= args.maxShingles) break
        drop(oldest)
      }
    },
  }
}
