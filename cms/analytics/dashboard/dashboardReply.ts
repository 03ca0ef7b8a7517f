import { z } from 'zod'
import { POST_METRICS, type PostMetric } from '../../../lib/analytics/metricNames'

const amount = z.number().nullable()
const id = z.union([z.string(), z.number()])

/** A group's sums: 阅读人数 (people) and 播放量 (plays) side by side, never one number; null = not reported. */
export const totalsSchema = z.object({
  ...(Object.fromEntries(POST_METRICS.map((name) => [name, amount])) as Record<PostMetric, typeof amount>),
  interactions: amount,
  readerInteractionRate: amount,
  playInteractionRate: amount,
  posts: z.number().int(),
  readerPosts: z.number().int(),
  playPosts: z.number().int(),
})

const followerSchema = z.object({
  latest: amount,
  latestDate: z.string().nullable(),
  netChange: amount,
  basis: z.enum(['followers', 'flows']).nullable(),
})

const labelled = totalsSchema.extend({ key: z.string(), label: z.string() })

export const flagSchema = z.object({
  delivery: id,
  position: z.number().int(),
  account: z.string(),
  accountLabel: z.string(),
  platformLabel: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  metric: z.enum(['readers', 'plays']),
  value: z.number(),
  median: z.number(),
  compared: z.number().int(),
  reason: z.string(),
  itemUrl: z.string().nullable(),
  deliveryUrl: z.string(),
})

/** GET /api/analytics/dashboard's answer; the admin page reads it through this schema too. */
export const dashboardReplySchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  filters: z.object({ platform: z.string().nullable(), account: z.string().nullable(), campaign: z.string().nullable() }),
  totals: totalsSchema.extend({
    published: z.number().int(),
    followers: z.object({ latest: amount, netChange: amount }),
  }),
  daily: z.array(totalsSchema.extend({ date: z.string(), published: z.number().int() })),
  byAccount: z.array(labelled.extend({ platform: z.string(), platformLabel: z.string(), followers: followerSchema })),
  byPlatform: z.array(labelled),
  byContentType: z.array(labelled),
  byAuthor: z.array(labelled),
  byHour: z.array(totalsSchema.extend({ hour: z.number().int().min(0).max(23) })),
  flags: z.object({
    /** How many posts were flagged; `shown` holds the worst of them. */
    total: z.number().int(),
    shown: z.array(flagSchema),
    rule: z.object({ peers: z.number(), windowDays: z.number(), minPeers: z.number(), minDaysOfNumbers: z.number() }),
  }),
})

export type DashboardReply = z.infer<typeof dashboardReplySchema>
export type DashboardTotals = z.infer<typeof totalsSchema>
export type DashboardFlag = z.infer<typeof flagSchema>
