import type { Payload, PayloadRequest } from 'payload'
import { CONTENT_SLUGS, type ContentSlug } from '../../content'
import { outgoingTextParts } from '../outgoingText'
import { type RepeatFinding, REPEAT_MAX_HAMMING, repeatFindings } from './repeatFindings'
import { fingerprintOf, repeatTextOf } from './repeatText'
import { hammingDistance, isFingerprint } from './simhash'

/** At most this many near fingerprints have their text read and compared. */
const MAX_CANDIDATES = 20

/**
 * The item's fingerprint, and review-level findings for every other item of the team (published or
 * not, archived left out) whose text it repeats. One query per content collection reads only id,
 * title and fingerprint; only the few items whose fingerprints are near have their text read.
 */
export async function findRepeats(args: {
  payload: Payload
  req?: PayloadRequest
  collection: ContentSlug
  id?: string | number | null
  data: object
}): Promise<{ fingerprint: string | null; findings: RepeatFinding[] }> {
  const { payload, req } = args
  const parts = outgoingTextParts({ collection: args.collection, data: args.data })
  const fingerprint = fingerprintOf(parts)
  if (fingerprint === null) return { fingerprint, findings: [] }
  const own = repeatTextOf(parts)
  const near: { collection: ContentSlug; id: string | number; distance: number }[] = []
  for (const collection of CONTENT_SLUGS) {
    const self = collection === args.collection && args.id !== undefined && args.id !== null ? [{ id: { not_equals: args.id } }] : []
    const { docs } = await payload.find({
      collection,
      where: { and: [{ fingerprint: { exists: true } }, { status: { not_equals: 'archived' } }, ...self] },
      select: { title: true, fingerprint: true },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      if (!isFingerprint(doc.fingerprint)) continue
      const distance = hammingDistance(fingerprint, doc.fingerprint)
      if (distance <= REPEAT_MAX_HAMMING) near.push({ collection, id: doc.id, distance })
    }
  }
  near.sort((a, b) => a.distance - b.distance)
  const findings: RepeatFinding[] = []
  for (const candidate of near.slice(0, MAX_CANDIDATES)) {
    const other = await payload.findByID({
      collection: candidate.collection,
      id: candidate.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!other) continue
    const otherText = repeatTextOf(outgoingTextParts({ collection: candidate.collection, data: other }))
    findings.push(
      ...repeatFindings({ own, other: otherText, item: { collection: candidate.collection, id: other.id, title: other.title } }),
    )
  }
  return { fingerprint, findings }
}
