import { z } from 'zod'
import { kpiResultSchema } from '../../analytics/targets/replies'
import { BUDGET_CATEGORY_LABELS } from '../planningLabels'
import type { RetroPage } from './retroPage'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const categories = Object.keys(BUDGET_CATEGORY_LABELS) as [keyof typeof BUDGET_CATEGORY_LABELS, ...(keyof typeof BUDGET_CATEGORY_LABELS)[]]

/** A case's `results`: the campaign's targets against results as they stood when it was saved. */
export const retroSnapshotSchema = z.object({
  savedAt: z.string(),
  period: z.object({ from: day, end: day.nullable(), measuredTo: day }),
  kpis: z.array(
    kpiResultSchema.pick({
      metric: true,
      label: true,
      unit: true,
      comparison: true,
      comparisonLabel: true,
      target: true,
      period: true,
      periodLabel: true,
      scopeLabel: true,
      value: true,
      status: true,
      statusLabel: true,
    }),
  ),
  budget: z.object({
    rows: z.array(z.object({ category: z.enum(categories), label: z.string(), planned: z.number(), spent: z.number() })),
    total: z.object({ planned: z.number(), spent: z.number() }),
  }),
  deliverables: z.object({ total: z.number(), done: z.number(), late: z.number() }),
  topPosts: z.array(
    z.object({
      title: z.string(),
      account: z.string(),
      rankBy: z.enum(['readers', 'plays', 'interactions']).nullable(),
      value: z.number().nullable(),
      link: z.string().nullable(),
    }),
  ),
})
export type RetroSnapshot = z.infer<typeof retroSnapshotSchema>

/** The page's numbers reduced to what a case keeps (no trends, no per-post details beyond the ranking number). */
export function retroSnapshot(args: { page: RetroPage; savedAt: Date }): RetroSnapshot {
  const { page } = args
  return retroSnapshotSchema.parse({
    savedAt: args.savedAt.toISOString(),
    period: { from: page.period.from, end: page.period.end, measuredTo: page.period.measuredTo },
    kpis: page.kpis,
    budget: page.budget,
    deliverables: {
      total: page.deliverables.length,
      done: page.deliverables.filter((row) => row.status === 'done').length,
      late: page.deliverables.filter((row) => row.status === 'late').length,
    },
    topPosts: page.topPosts.map((post) => ({
      title: post.title,
      account: `${post.account.platformLabel} · ${post.account.name}`,
      rankBy: post.rankBy,
      value: post.rankBy === null ? null : post.numbers[post.rankBy],
      link: post.link,
    })),
  })
}
