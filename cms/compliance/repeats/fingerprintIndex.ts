import type { Payload, PayloadRequest } from 'payload'
import { CONTENT_SLUGS, type ContentSlug } from '../../content'
import { readsBegunAfterCall } from './readsBegunAfterCall'
import { REPEAT_MAX_HAMMING } from './repeatFindings'
import { hammingDistance, isFingerprint } from './simhash'

/** A content item whose latest draft's fingerprint is near, with that draft's `updatedAt`. */
export type NearItem = { collection: ContentSlug; id: string | number; distance: number; updatedAt: string }

/**
 * Drafts saved this long before a read began are read again by the next one: a save sets its
 * `updatedAt` before its transaction commits, and one committing after a read began was not seen by it.
 * The gap is what a save does after writing its version (its after-change hooks, the commit):
 * milliseconds, seconds under load; its wait for a transaction slot comes before. A save that took
 * longer is caught by the next full read.
 */
const OVERLAP_MS = 15_000
/** Every draft is read again this often, dropping deleted items and anything an overlap missed. */
const FULL_READ_EVERY_MS = 10 * 60_000
/** Near items checked against their stored draft before the closest are compared. */
const CHECKED = 40

type Kept = { collection: ContentSlug; id: string | number; fingerprint: string }
type Index = {
  items: Map<string, Kept>
  /** When the last read began, by the wall clock (drafts' `updatedAt` are). */
  readFrom: number | null
  fullAt: number
  /** Brings `items` up to date; saves at once share a read, each one begun after the save asked. */
  readChanges: () => Promise<void>
}

const indexes = new WeakMap<Payload, Index>()
/** `collection:id`, how an item is named across the content collections. */
export const keyOf = (item: { collection: ContentSlug; id: string | number }) => `${item.collection}:${item.id}`

/**
 * The team's items (archived and deleted ones left out, and `self`) whose latest draft's fingerprint
 * is within the repeat distance, closest first, at most `limit`.
 *
 * Reading every item's fingerprint on each save cost about 0.03 ms of CPU an item on Postgres (Payload's
 * adapter turning rows into documents): 30 ms a save among 1,000 items, on every autosave. So each process
 * keeps the fingerprints and reads only the drafts saved since its last read (any process's saves: the
 * database says what changed, not this process's hooks). A state written without a new version (the
 * worker's 已发布) keeps a draft's `updatedAt`, and a deletion leaves no row to read, so the kept
 * fingerprints only choose: the closest are read again, with their state, before they count.
 */
export async function nearItems(args: {
  payload: Payload
  req?: PayloadRequest
  fingerprint: string
  self?: { collection: ContentSlug; id: string | number | null | undefined }
  limit: number
}): Promise<NearItem[]> {
  const index = indexOf(args.payload)
  await index.readChanges()
  const selfKey = args.self && args.self.id !== undefined && args.self.id !== null ? keyOf({ ...args.self, id: args.self.id }) : null
  const near: (Kept & { distance: number })[] = []
  for (const [key, item] of index.items) {
    if (key === selfKey) continue
    const distance = hammingDistance(args.fingerprint, item.fingerprint)
    if (distance <= REPEAT_MAX_HAMMING) near.push({ ...item, distance })
  }
  near.sort((a, b) => a.distance - b.distance)
  const found: NearItem[] = []
  // Closest first, a batch at a time, until `limit` stand (archived ones can crowd a batch).
  for (let from = 0; from < near.length && found.length < args.limit; from += CHECKED) {
    const stored = await storedNow({ payload: args.payload, req: args.req, items: near.slice(from, from + CHECKED), index })
    for (const item of stored) {
      const distance = hammingDistance(args.fingerprint, item.fingerprint)
      if (distance <= REPEAT_MAX_HAMMING) found.push({ collection: item.collection, id: item.id, distance, updatedAt: item.updatedAt })
    }
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, args.limit)
}

/** This process's index of `payload`'s database. */
function indexOf(payload: Payload): Index {
  const kept = indexes.get(payload)
  if (kept) return kept
  const index: Index = { items: new Map(), readFrom: null, fullAt: 0, readChanges: () => Promise.resolve() }
  index.readChanges = readsBegunAfterCall(() => readFromDatabase(payload, index))
  indexes.set(payload, index)
  return index
}

/**
 * Brings the index up to date: every draft on first use and every FULL_READ_EVERY_MS, else those saved
 * since the last read.
 */
async function readFromDatabase(payload: Payload, index: Index): Promise<void> {
  const startedAt = Date.now()
  const full = index.readFrom === null || startedAt - index.fullAt >= FULL_READ_EVERY_MS
  const since = full || index.readFrom === null ? null : new Date(index.readFrom - OVERLAP_MS).toISOString()
  const read = new Map<string, Kept>()
  const seen = new Set<string>()
  // The collections at once: saves that asked while a read was under way wait for the next one.
  const rows = await Promise.all(
    CONTENT_SLUGS.map(async (collection) => {
      // Straight to the adapter, which takes a version's field names (`version.…`, `parent`): Payload's
      // find would run the read hooks of every field of every item read. Outside the save's transaction:
      // what it holds uncommitted is no one else's yet.
      const { docs } = await payload.db.queryDrafts<{ id: string | number; fingerprint?: unknown }>({
        collection,
        where: since ? { updatedAt: { greater_than_equal: since } } : {},
        select: { parent: true, version: { fingerprint: true } },
        pagination: false,
      })
      return { collection, docs }
    }),
  )
  for (const { collection, docs } of rows)
    for (const doc of docs) {
      const key = keyOf({ collection, id: doc.id })
      seen.add(key)
      if (isFingerprint(doc.fingerprint)) read.set(key, { collection, id: doc.id, fingerprint: doc.fingerprint })
    }
  if (full) {
    index.items = read
    index.fullAt = startedAt
  } else
    for (const key of seen) {
      const item = read.get(key)
      if (item) index.items.set(key, item)
      else index.items.delete(key)
    }
  index.readFrom = startedAt
}

/**
 * The items as their latest drafts stand now (fingerprint and `updatedAt`), one query per collection,
 * archived ones left out. The index learns what it read: a changed fingerprint, a deleted item (no row).
 */
async function storedNow(args: {
  payload: Payload
  req?: PayloadRequest
  items: readonly Kept[]
  index: Index
}): Promise<(Kept & { updatedAt: string })[]> {
  const stored: (Kept & { updatedAt: string })[] = []
  for (const collection of CONTENT_SLUGS) {
    const ids = args.items.filter((item) => item.collection === collection).map((item) => item.id)
    if (ids.length === 0) continue
    const { docs } = await args.payload.db.queryDrafts<{
      id: string | number
      fingerprint?: unknown
      updatedAt?: unknown
      status?: unknown
    }>({
      collection,
      where: { parent: { in: ids } },
      select: { parent: true, version: { fingerprint: true, updatedAt: true, status: true } },
      pagination: false,
      req: args.req,
    })
    for (const id of ids) args.index.items.delete(keyOf({ collection, id }))
    for (const doc of docs) {
      if (!isFingerprint(doc.fingerprint)) continue
      const item = { collection, id: doc.id, fingerprint: doc.fingerprint }
      // Archived ones stay kept too: their state is read again whenever they are near, and one changed
      // without a new version would not bring them back.
      args.index.items.set(keyOf(item), item)
      if (doc.status !== 'archived') stored.push({ ...item, updatedAt: String(doc.updatedAt ?? '') })
    }
  }
  return stored
}
