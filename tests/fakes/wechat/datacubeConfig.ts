import { z } from 'zod'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/**
 * The datacube's test knobs, under `datacube` in the fake's config (POST /__config {"datacube": {...}}; a patch
 * replaces the whole group). Days are Beijing days of the fake's clock.
 */
export const datacubeFakeConfigSchema = z.object({
  /** Not final yet: replies that cover them say `is_delay: true` and carry half of those days' numbers. */
  delayedDates: z.array(day).default([]),
  /** Not computed yet: left out of every list (what users see for yesterday early in the morning, analytics.md §2.4). */
  missingDates: z.array(day).default([]),
  /** Beijing hour from which yesterday is computed; before it yesterday is missing. 0 (the default): always ready, so tests pass at any hour. */
  readyHour: z.number().int().min(0).max(23).default(0),
})
export type DatacubeFakeConfig = z.infer<typeof datacubeFakeConfigSchema>
