import type { Matcher } from '../../moderation'
import { contentTextParts } from './contentText'
import { findingRows, type FindingRow } from './findingRows'

export type StoredFinding = FindingRow & { field: string }

/**
 * One row per distinct word per text field and variant (offsets into that field's text), every word
 * included: the review gate and the publisher check see them all, and a save stores them bounded.
 */
export function scanContent(args: { matcher: Matcher; collection: string; data: object }): StoredFinding[] {
  const rows: StoredFinding[] = []
  for (const part of contentTextParts({ collection: args.collection, data: args.data })) {
    for (const row of findingRows({ text: part.text, findings: args.matcher.scan(part.text) })) rows.push({ field: part.field, ...row })
  }
  return rows
}
