import type { Matcher } from '../../moderation'
import { contentTextParts } from './contentText'
import { findingRows, type FindingRow } from './findingRows'
import type { MediaAlt } from './outgoingMedia'

/** `field`: the stored path (`variants.1.body`); `fieldLabel`: the same field in an editor's words (微博改写·正文). */
export type StoredFinding = FindingRow & { field: string; fieldLabel?: string }

/**
 * One row per distinct word per outgoing text (offsets into that text), every word included: the
 * review gate and the publisher check see them all, and a save stores them bounded.
 */
export function scanContent(args: { matcher: Matcher; collection: string; data: object; media?: MediaAlt }): StoredFinding[] {
  const rows: StoredFinding[] = []
  for (const part of contentTextParts({ collection: args.collection, data: args.data, media: args.media })) {
    for (const row of findingRows({ text: part.text, findings: args.matcher.scan(part.text) }))
      rows.push({ field: part.field, fieldLabel: part.label, ...row })
  }
  return rows
}
