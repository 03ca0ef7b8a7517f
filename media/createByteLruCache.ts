export type ByteLruCache<Value> = {
  /** The cached value, or the one being created for this key, or a new one from `create`. */
  getOrCreate(args: { key: string; create: () => Promise<Value> }): Promise<{ value: Value; cached: boolean }>
  clear(): void
  stats(): { entries: number; bytes: number; maxBytes: number; hits: number; misses: number }
}

/**
 * An in-memory LRU bounded by the total size of its values (not their count). Concurrent
 * requests for one key share a single creation; failures are not cached. Values larger than a
 * quarter of the budget are returned but not kept, so one huge rendition cannot flush the rest.
 */
export function createByteLruCache<Value>(args: { maxBytes: number; sizeOf: (value: Value) => number }): ByteLruCache<Value> {
  const entries = new Map<string, { value: Value; bytes: number }>()
  const pending = new Map<string, Promise<Value>>()
  let bytes = 0
  let hits = 0
  let misses = 0

  const store = (key: string, value: Value): void => {
    const size = args.sizeOf(value)
    if (size > args.maxBytes / 4) return
    entries.set(key, { value, bytes: size })
    bytes += size
    for (const [oldestKey, oldest] of entries) {
      if (bytes <= args.maxBytes) break
      entries.delete(oldestKey)
      bytes -= oldest.bytes
    }
  }

  return {
    async getOrCreate({ key, create }) {
      const entry = entries.get(key)
      if (entry) {
        hits++
        entries.delete(key)
        entries.set(key, entry)
        return { value: entry.value, cached: true }
      }
      const inFlight = pending.get(key)
      if (inFlight) return { value: await inFlight, cached: true }
      misses++
      const creation = create()
      pending.set(key, creation)
      try {
        const value = await creation
        store(key, value)
        return { value, cached: false }
      } finally {
        pending.delete(key)
      }
    },
    clear() {
      entries.clear()
      bytes = 0
    },
    stats: () => ({ entries: entries.size, bytes, maxBytes: args.maxBytes, hits, misses }),
  }
}
