// The stored shape of an image's findings, without the OCR engine: admin components import it too.
import { z } from 'zod'
import type { FindingRow } from './findingRows'

/** A rectangle in the image's own pixels (orientation applied). */
export type Box = { x: number; y: number; width: number; height: number }

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
