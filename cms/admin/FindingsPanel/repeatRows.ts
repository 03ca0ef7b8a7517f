import { z } from 'zod'

const repeatRow = z.object({
  category: z.literal('repeat'),
  word: z.string(),
  field: z.string(),
  fieldLabel: z.string().optional(),
  excerpt: z.string(),
  count: z.number(),
  similarTo: z.object({ collection: z.string(), id: z.union([z.string(), z.number()]), title: z.string(), similarity: z.number() }),
})
export type RepeatRow = z.infer<typeof repeatRow>

/** The repeat findings among the findings the last save stored (other rows and anything malformed are skipped). Pure. */
export function repeatRowsOf(stored: unknown): RepeatRow[] {
  if (!Array.isArray(stored)) return []
  return stored.flatMap((row: unknown) => {
    const parsed = repeatRow.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })
}
