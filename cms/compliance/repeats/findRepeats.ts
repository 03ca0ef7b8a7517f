import type { Payload, PayloadRequest } from 'payload'
import { CONTENT_SLUGS, type ContentSlug } from '../../content'
import { outgoingTextParts } from '../outgoingText'
import { type RepeatFinding, REPEAT_MAX_HAMMING, repeatFindings } from './repeatFindings'
import { fingerprintOf, repeatFieldsOf, type RepeatText, repeatTextOf } from './repeatText'
import { hammingDistance, isFingerprint } from './simhash'

/** At most this many near fingerprints have their text read and compared. */
const MAX_CANDIDATES = 20

/**
 * The item's fingerprint, and review-level findings for every other item of the team (published or
 * not, archived left out) whose text it repeats. One query per content collection reads only id
 * and fingerprint; only the few items whose fingerprints are near have their text read, one
 * query per collection for all of them.
 */
export async function findRepeats(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  id?: string | number | null
  data: object
}): Promise<{ fingerprint: string | null; findings: RepeatFinding[] }> {
  const { payload, req } = args
  const own = repeatTextOf(outgoingTextParts({ collection: args.collection, data: args.data }))
  const fingerprint = fingerprintOf(own)
  if (fingerprint === null) return { fingerprint, findings: [] }
  const near: { collection: ContentSlug; id: string | number; distance: number }[] = []
  for (const collection of CONTENT_SLUGS) {
    const self = collection === args.collection && args.id !== undefined && args.id !== null ? [{ parent: { not_equals: args.id } }] : []
    // Straight to the adapter, which takes a version's field names (`version.…`, `parent`): Payload's
    // find would run the read hooks of every field of every item of the team on each save (a save
    // among 3,000 items took 270–330 ms of CPU with them; 86 ms on Postgres, 145–170 on SQLite without).
    // Only id and fingerprint are read, and only here.
    const { docs } = await payload.db.queryDrafts<{ id: string | number; fingerprint?: unknown }>({
      collection,
      where: { and: [{ 'version.fingerprint': { exists: true } }, { 'version.status': { not_equals: 'archived' } }, ...self] },
      select: { parent: true, version: { fingerprint: true } },
      pagination: false,
      req,
    })
    for (const doc of docs) {
      if (!isFingerprint(doc.fingerprint)) continue
      const distance = hammingDistance(fingerprint, doc.fingerprint)
      if (distance <= REPEAT_MAX_HAMMING) near.push({ collection, id: doc.id, distance })
    }
  }
  near.sort((a, b) => a.distance - b.distance)
  const candidates = near.slice(0, MAX_CANDIDATES)
  const texts = await candidateTexts({ payload, req, candidates })
  const findings: RepeatFinding[] = []
  for (const candidate of candidates) {
    const other = texts.get(`${candidate.collection}:${candidate.id}`)
    if (!other) continue
    findings.push(
      ...repeatFindings({ own, other: other.text, item: { collection: candidate.collection, id: candidate.id, title: other.title } }),
    )
  }
  return { fingerprint, findings }
}

/**
 * The compared text of each candidate's latest draft, keyed `collection:id`. One query per collection
 * with candidates, of the compared fields only: a team's templated posts (one campaign's text for
 * every store) make twenty candidates common, and reading each whole, one by one, was most of a save.
 */
async function candidateTexts(args: {
  payload: Payload
  req?: PayloadRequest
  candidates: readonly { collection: ContentSlug; id: string | number }[]
}): Promise<Map<string, { title: string; text: RepeatText }>> {
  const texts = new Map<string, { title: string; text: RepeatText }>()
  for (const collection of CONTENT_SLUGS) {
    const ids = args.candidates.filter((candidate) => candidate.collection === collection).map((candidate) => candidate.id)
    if (ids.length === 0) continue
    const { docs } = await args.payload.find({
      collection,
      where: { id: { in: ids } },
      select: Object.fromEntries(['title', ...repeatFieldsOf(collection)].map((field) => [field, true])),
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: args.req,
    })
    for (const doc of docs)
      texts.set(`${collection}:${doc.id}`, { title: doc.title, text: repeatTextOf(outgoingTextParts({ collection, data: doc })) })
  }
  return texts
}
