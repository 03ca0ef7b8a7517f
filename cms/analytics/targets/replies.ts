import { z } from 'zod'
import { KPI_METRICS, type KpiMetric } from '../../../lib/analytics/metricNames'
import { CONTENT_SLUGS } from '../../content'
import { KPI_STATUSES, type KpiStatus } from './kpiLine'

/**
 * The replies of the results endpoints, checked on the way out and read by the admin pages with the
 * same schemas. Rates are in percent (5.2 = 5.2%), like the targets typed on the forms.
 */
const id = z.union([z.string(), z.number()])
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const number = z.number().nullable()

export const metricNumbersSchema = z.object({
  readers: number,
  reads: number,
  pushReaders: number,
  plays: number,
  shares: number,
  likes: number,
  wows: number,
  comments: number,
  favorites: number,
  reposts: number,
  interactions: number,
  /** 互动率 in percent: ÷ readers where reported, else ÷ plays. */
  interactionRate: number,
})
export type MetricNumbers = z.infer<typeof metricNumbersSchema>

export const kpiResultSchema = z.object({
  metric: z.enum(KPI_METRICS as [KpiMetric, ...KpiMetric[]]),
  label: z.string(),
  unit: z.enum(['rate', 'people', 'count']),
  comparison: z.enum(['atLeast', 'atMost']),
  comparisonLabel: z.string(),
  target: z.number(),
  period: z.enum(['campaign', 'day', 'week', 'month', 'post']),
  periodLabel: z.string(),
  /** 公众号 · 品牌服务号, or null for the whole campaign. */
  scopeLabel: z.string().nullable(),
  value: number,
  status: z.enum(KPI_STATUSES as [KpiStatus, ...KpiStatus[]]),
  statusLabel: z.string(),
  /** value ÷ target (1 = exactly on target), null without a value or a target. */
  progress: number,
  trend: z.array(z.object({ date: day, value: number })),
  trendUnit: z.enum(['day', 'week']),
  cumulative: z.boolean(),
  notes: z.array(z.string()),
})
export type KpiResult = z.infer<typeof kpiResultSchema>

export const periodSchema = z.object({
  from: day,
  /** The period's last day; null for a campaign without an end. */
  end: day.nullable(),
  /** The last day measured: the period's end, or yesterday while it runs. */
  measuredTo: day,
  started: z.boolean(),
  complete: z.boolean(),
})

const accountRef = z.object({ id, name: z.string(), platform: z.string(), platformLabel: z.string() })

export const rankedPostSchema = z.object({
  key: z.string(),
  delivery: id,
  position: z.number(),
  title: z.string(),
  collection: z.enum(CONTENT_SLUGS),
  item: id,
  account: accountRef,
  publishedAt: z.string(),
  link: z.string().nullable(),
  mass: z.boolean(),
  /** The number the post is ranked by, never mixed: 阅读人数 (people), 播放量 (plays) or 互动数 where neither is reported. */
  rankBy: z.enum(['readers', 'plays', 'interactions']).nullable(),
  rank: z.number().nullable(),
  numbers: metricNumbersSchema,
})
export type RankedPost = z.infer<typeof rankedPostSchema>

export const campaignResultsSchema = z.object({
  campaign: z.object({ id, name: z.string(), startsAt: z.string().nullable(), endsAt: z.string().nullable() }),
  period: periodSchema,
  kpis: z.array(kpiResultSchema),
  posts: z.array(rankedPostSchema),
})
export type CampaignResults = z.infer<typeof campaignResultsSchema>

export const accountTargetsSchema = z.object({
  account: accountRef,
  period: periodSchema,
  targets: z.array(kpiResultSchema),
})
export type AccountTargets = z.infer<typeof accountTargetsSchema>

const dayNumbers = metricNumbersSchema.extend({ date: day })

export const itemResultsSchema = z.object({
  item: z.object({ collection: z.enum(CONTENT_SLUGS), id, title: z.string() }),
  range: z.object({ from: day.nullable(), to: day.nullable() }),
  totals: metricNumbersSchema,
  days: z.array(dayNumbers),
  accounts: z.array(
    z.object({
      account: accountRef,
      totals: metricNumbersSchema,
      days: z.array(dayNumbers),
      posts: z.array(
        z.object({
          delivery: id,
          position: z.number(),
          publishedAt: z.string().nullable(),
          link: z.string().nullable(),
          mass: z.boolean(),
          titleVariant: z.number().nullable(),
          totals: metricNumbersSchema,
        }),
      ),
    }),
  ),
})
export type ItemResults = z.infer<typeof itemResultsSchema>
