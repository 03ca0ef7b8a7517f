import type { Finding } from './types'

/** Characters of context rescanned around a replacement: longer than any phrase a replacement can complete. */
const WINDOW = 8
/** A replacement that keeps completing new lexicon words is given up on after this many widenings. */
const MAX_WIDENINGS = 3

type Edit = { start: number; end: number; replacement: string }

const reportable = (finding: Finding): boolean => finding.severity === 'block' || finding.severity === 'review'

/** 国家级品质 → 高品质品质: the replacement already ends with what follows it, so that part is not said twice. */
function withoutRepeatedTail(text: string, edit: Edit): Edit {
  for (let length = edit.replacement.length - 1; length >= 1; length--) {
    const tail = edit.replacement.slice(-length)
    if (text.startsWith(tail, edit.end) && (length >= 2 || edit.replacement.length === 1))
      return { ...edit, replacement: edit.replacement.slice(0, -length) }
  }
  return edit
}

/**
 * 世界第一 → 世界领先 is itself a lexicon word: the edit is widened over the word it completed and that
 * word's own replacement applied (→ 领先), until the replaced text completes no word with a replacement.
 */
function withoutNewWords(args: { text: string; edit: Edit; scan: (text: string) => Finding[] }): Edit {
  let edit = args.edit
  for (let round = 0; round < MAX_WIDENINGS; round++) {
    const from = Math.max(0, edit.start - WINDOW)
    const to = Math.min(args.text.length, edit.end + WINDOW)
    const window = args.text.slice(from, edit.start) + edit.replacement + args.text.slice(edit.end, to)
    const at = edit.start - from
    const until = at + edit.replacement.length
    const completed = args
      .scan(window)
      .find((finding) => reportable(finding) && finding.replacement !== null && finding.start < until && finding.end > at)
    if (completed === undefined || completed.replacement === null) return edit
    const start = Math.min(completed.start, at)
    const end = Math.max(completed.end, until)
    edit = {
      start: from + start,
      end: edit.end + (end - until),
      replacement: window.slice(start, completed.start) + completed.replacement + window.slice(completed.end, end),
    }
  }
  return edit
}

/**
 * Makes each finding's `replacement` a replacement of exactly `text.slice(start, end)` that reads right in
 * its sentence, so one click (replace that span) leaves Chinese a reader would write:
 * - a finding that overlaps an earlier one with a replacement (最佳 in 全网最佳, after 全网最) covers the
 *   whole phrase, and the earlier one's replacement becomes the part that completes the later one's
 *   (全网最 → 上, so 全网最佳 → 上佳 either way);
 * - a replacement that would repeat the text after it (国家级品质 → 高品质品质) drops the repeat;
 * - a replacement that would complete another lexicon word (世界第一 → 世界领先) is widened over that word.
 * Findings without a replacement are left as they are. Guards use severities only, which do not change.
 */
export function withReadableReplacements(args: { text: string; findings: Finding[]; scan: (text: string) => Finding[] }): Finding[] {
  const { text, findings } = args
  if (!findings.some((finding) => finding.replacement !== null)) return findings
  const edits = findings.map((finding): Edit | null =>
    finding.replacement === null ? null : { start: finding.start, end: finding.end, replacement: finding.replacement },
  )
  // Overlapping pairs only: by start, each finding meets just the few that begin inside it (words are
  // short), so a megabyte of repeated words stays linear instead of comparing every pair.
  const byStart = findings.map((_, index) => index).sort((a, b) => findings[a].start - findings[b].start)
  for (let k = 0; k < byStart.length; k++) {
    const i = byStart[k]
    const earlier = findings[i]
    for (let m = k + 1; m < byStart.length && findings[byStart[m]].start < earlier.end; m++) {
      const j = byStart[m]
      const later = findings[j]
      const first = edits[i]
      const second = edits[j]
      if (first === null || second === null || !(earlier.start < later.start && earlier.end < later.end)) continue
      const tail = text.slice(earlier.end, later.end)
      if (second.replacement.endsWith(tail) && second.replacement.length > tail.length)
        edits[i] = { ...first, replacement: second.replacement.slice(0, -tail.length) }
      edits[j] = { ...second, start: Math.min(second.start, earlier.start) }
    }
  }
  // The same words in the same surroundings read the same way: each context is worked out once.
  const readableIn = new Map<string, Edit>()
  return findings
    .map((finding, index) => {
      const edit = edits[index]
      if (edit === null) return finding
      // Everything the two passes can look at: the windows of every widening, and a repeated tail.
      const reach = (MAX_WIDENINGS + 1) * WINDOW + edit.replacement.length
      const from = Math.max(0, edit.start - reach)
      const to = Math.min(text.length, edit.end + reach)
      const key = `${text.slice(from, to)}|${edit.start - from}|${edit.end - from}|${edit.replacement}`
      let local = readableIn.get(key)
      if (local === undefined) {
        const readable = withoutNewWords({ text, edit: withoutRepeatedTail(text, edit), scan: args.scan })
        local = { start: readable.start - from, end: readable.end - from, replacement: readable.replacement }
        readableIn.set(key, local)
      }
      return { ...finding, start: from + local.start, end: from + local.end, replacement: local.replacement }
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
}
