import type { Matcher } from '../../moderation'
import { boxOfSpan, type RecognisedText } from '../../media/ocr'
import { findingRows } from './findingRows'
import type { ImageFindingRow, RecognisedFindings } from './imageFindingsShape'

export * from './imageFindingsShape'

/** The lexicon's findings in recognised text, each with the box of its glyphs. Pure. */
export function scanRecognisedText(args: { matcher: Matcher; recognised: RecognisedText }): RecognisedFindings {
  const { text, glyphBoxes } = args.recognised
  const rows = findingRows({ text, findings: args.matcher.scan(text) }).map((row): ImageFindingRow => ({
    ...row,
    box: boxOfSpan({ glyphBoxes, start: row.start, end: row.end }),
    boxes: row.occurrences.map((o) => boxOfSpan({ glyphBoxes, start: o.start, end: o.end })),
  }))
  return { lexicon: args.matcher.version, width: args.recognised.width, height: args.recognised.height, rows }
}
