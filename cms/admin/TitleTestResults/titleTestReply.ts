import { z } from 'zod'

const id = z.union([z.string(), z.number()])

const variantResult = z.object({
  variant: z.number(),
  posts: z.number(),
  counted: z.number(),
  average: z.number().nullable(),
  total: z.number().nullable(),
})

const platformVerdict = z.object({
  platform: z.string(),
  metric: z.enum(['readers', 'plays', 'interactions']).nullable(),
  variants: z.array(variantResult),
  outcome: z.enum(['winner', 'tie', 'insufficient']),
  winner: z.number().nullable(),
  reason: z.string(),
})

/** GET /api/analytics/title-tests/:contentType/:id as the admin reads it (cms/analytics/titleTests/loadTitleTest.ts). */
export const titleTestReply = z.object({
  candidates: z.array(
    z.object({
      variant: z.number(),
      title: z.string(),
      placements: z.array(
        z.object({
          delivery: id,
          account: z.object({ id, name: z.string() }).nullable(),
          platform: z.string().nullable(),
          at: z.string().nullable(),
          state: z.string(),
          url: z.string().nullable(),
        }),
      ),
    }),
  ),
  verdict: z.object({
    outcome: z.enum(['winner', 'tie', 'insufficient', 'mixed', 'untested']),
    winner: z.number().nullable(),
    reason: z.string(),
    platforms: z.array(platformVerdict),
  }),
})
export type TitleTestReply = z.infer<typeof titleTestReply>
