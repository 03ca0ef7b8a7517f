import type { Payload, PayloadRequest } from 'payload'
import { CONTENT_SLUGS, type ContentSlug } from '../../content'
import { outgoingTextParts } from '../outgoingText'
import { type ComparedText, comparedTexts } from './comparedTexts'
import { keyOf, type NearItem, nearItems } from './fingerprintIndex'
import { type RepeatFinding, repeatFindings } from './repeatFindings'
import { fingerprintOf, repeatFieldsOf, repeatTextOf } from './repeatText'

/** At most this many near fingerprints have their text read and compared. */
const MAX_CANDIDATES = 20

/** About 24 MB (59 bytes a shingle, measured): some 650 texts of 600 characters, or 80 of 5,000. */
const kept = comparedTexts({ maxShingles: 400_000 })

/**
 * The item's fingerprint, and review-level findings for every other item of the team (published or
 * not, archived left out) whose text it repeats. The fingerprints choose the near items
 * (fingerprintIndex.ts); only those are compared, their text read (one query per collection for all
 * of them) unless kept here since their last change.
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
  const candidates = await nearItems({
    payload,
    req,
    fingerprint,
    self: { collection: args.collection, id: args.id },
    limit: MAX_CANDIDATES,
  })
  const texts = await candidateTexts({ payload, req, candidates })
  const findings: RepeatFinding[] = []
  for (const candidate of candidates) {
    const other = texts.get(keyOf(candidate))
    if (!other) continue
    findings.push(...repeatFindings({ own, other, item: { collection: candidate.collection, id: candidate.id, title: other.title } }))
  }
  return { fingerprint, findings }
}

/**
 * The compared text of each candidate's latest draft, keyed `collection:id`: kept ones by the
 * `updatedAt` the fingerprints were read with, the others in one query per collection, of the compared
 * fields only (a team's templated posts, one campaign's text for every store, make twenty candidates
 * common, and reading each whole, one by one, was most of a save).
 */
async function candidateTexts(args: {
  payload: Payload
  req?: PayloadRequest
  candidates: readonly NearItem[]
}): Promise<Map<string, ComparedText>> {
  const texts = new Map<string, ComparedText>()
  const missing: NearItem[] = []
  for (const candidate of args.candidates) {
    const text = candidate.updatedAt ? kept.get(keyOf(candidate), candidate.updatedAt) : undefined
    if (text) texts.set(keyOf(candidate), text)
    else missing.push(candidate)
  }
  for (const collection of CONTENT_SLUGS) {
    const ids = missing.filter((candidate) => candidate.collection === collection).map((candidate) => candidate.id)
    if (ids.length === 0) continue
    const { docs } = await args.payload.find({
      collection,
      where: { id: { in: ids } },
      select: Object.fromEntries(['title', 'updatedAt', ...repeatFieldsOf(collection)].map((field) => [field, true])),
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: args.req,
    })
    for (const doc of docs) {
      const text = { title: doc.title, shingles: repeatTextOf(outgoingTextParts({ collection, data: doc })).shingles }
      texts.set(keyOf({ collection, id: doc.id }), text)
      if (doc.updatedAt) kept.set(keyOf({ collection, id: doc.id }), doc.updatedAt, text)
    }
  }
  return texts
}
