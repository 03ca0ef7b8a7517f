import { z } from 'zod'

/** The reply of POST /api/post-metrics/import, read by the admin's import panel. */
export const importReplySchema = z.object({
  kind: z.enum(['posts', 'followers']).nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  ignoredColumns: z.array(z.string()),
  message: z.string(),
})
export type ImportReply = z.infer<typeof importReplySchema>
