import { z } from 'zod'
import type { Matcher } from '../../moderation'
import { boxOfSpan, type Box, type RecognisedText } from '../../media/ocr'
import { findingRows, type FindingRow } from './findingRows'

/** A lexicon finding inside an image: the row of a text finding, plus where it is on the image. */
export type ImageFindingRow = FindingRow & {
  /** The first occurrence's box, in the image's own pixels (null when no glyph of it had one). */
  box: Box | null
  /** One box per listed occurrence, in the order of `occurrences`. */
  boxes: (Box | null)[]
}

const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })

const rowSchema = z
  .object({
    word: z.string(),
    category: z.string(),
    severity: z.enum(['block', 'review', 'warn']),
    replacement: z.string().nullable(),
    count: z.number(),
    start: z.number(),
    end: z.number(),
    excerpt: z.string(),
    occurrences: z.array(z.object({ start: z.number(), end: z.number() })),
    box: boxSchema.nullable(),
    boxes: z.array(boxSchema.nullable()),
  })
  .passthrough()

/**
 * What the `ocr.findings` json of a media holds: the rows found with the lexicon `lexicon` in an
 * image of `width`×`height`, or why recognition failed (`error`, in Chinese).
 */
export const storedImageFindingsSchema = z.union([
  z.object({ lexicon: z.string(), width: z.number(), height: z.number(), rows: z.array(rowSchema) }),
  z.object({ error: z.string() }),
])
export type StoredImageFindings = z.infer<typeof storedImageFindingsSchema>
export type RecognisedFindings = Extract<StoredImageFindings, { rows: unknown }>

/** The stored findings, or null when the json is absent or not of this shape (an older or hand-made value). */
export function readStoredImageFindings(value: unknown): StoredImageFindings | null {
  const parsed = storedImageFindingsSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

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
