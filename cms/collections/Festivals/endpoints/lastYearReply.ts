import { z } from 'zod'

/** GET /api/festivals/:id/last-year's reply, shared by the endpoint and the festival page's panel. */
const id = z.union([z.string(), z.number()])
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const account = z.object({ id, name: z.string(), platform: z.string() }).nullable()
const item = z.object({ collection: z.string(), id, title: z.string(), adminUrl: z.string() }).nullable()

export const lastYearReplySchema = z.object({
  festival: z.object({ id, name: z.string() }),
  /** The coming occurrence and the day its preparation starts. */
  next: z.object({ date: day, weekday: z.string(), leadStart: day }),
  /** Last time's occurrence and the window read around it: `leadDays` before to 3 days after. */
  lastYear: z.object({ date: day, weekday: z.string(), from: day, to: day }).nullable(),
  published: z.array(z.object({ delivery: id, item, url: z.string().nullable(), account, publishedAt: z.string() })),
  slotted: z.array(
    z.object({ entry: id, label: z.string().nullable(), item, state: z.string(), account, publishAt: z.string(), adminUrl: z.string() }),
  ),
})
export type LastYearReply = z.infer<typeof lastYearReplySchema>

/** Days after the date that still count as the festival's (战报, 返场). */
export const DAYS_AFTER = 3
