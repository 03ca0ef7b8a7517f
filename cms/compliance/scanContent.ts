import type { Finding, Matcher } from '../../moderation'
import { contentTextParts } from './contentText'

export type StoredFinding = Finding & { field: string; excerpt: string }

/** Findings over every text field and variant of a document; offsets are into that field's text. */
export function scanContent(args: { matcher: Matcher; collection: string; data: Record<string, unknown> }): StoredFinding[] {
  const findings: StoredFinding[] = []
  for (const part of contentTextParts({ collection: args.collection, data: args.data })) {
    for (const finding of args.matcher.scan(part.text)) {
      findings.push({ ...finding, field: part.field, excerpt: part.text.slice(finding.start, finding.end) })
    }
  }
  return findings
}
