import type { PostMetric as PostMetricDoc } from '../payload-types'
import { POST_METRICS, type PostMetric } from '../../lib/analytics/metricNames'
import { relationId } from '../content'

/** A post-metrics row as the reports read it: ids unpopulated, numbers possibly absent (not reported). */
export type MetricRow = {
  delivery: string | number
  position: number
  date: string
  account: string | number | null
  platform: string | null
  campaign: string | number | null
  contentType: string | null
  contentId: string | number | null
  contentCollection: string | null
  author: string | number | null
  publishedAt: string | null
  titleVariant: number | null
  source: string
  final: boolean
  completionRate: number | null
} & Partial<Record<PostMetric, number | null>>

/** The columns loadMetricRows selects: every report needs the same few, never the whole document. */
export const METRIC_ROW_SELECT = {
  delivery: true,
  position: true,
  date: true,
  account: true,
  platform: true,
  campaign: true,
  contentType: true,
  content: true,
  author: true,
  publishedAt: true,
  titleVariant: true,
  source: true,
  final: true,
  completionRate: true,
  ...Object.fromEntries(POST_METRICS.map((name) => [name, true])),
} as const

export function toMetricRow(doc: Partial<PostMetricDoc>): MetricRow {
  const content = doc.content
  const row: MetricRow = {
    delivery: relationId(doc.delivery) ?? '',
    position: doc.position ?? 1,
    date: doc.date ?? '',
    account: relationId(doc.account),
    platform: doc.platform ?? null,
    campaign: relationId(doc.campaign),
    contentType: doc.contentType ?? null,
    contentId: content ? relationId(content.value) : null,
    contentCollection: content ? content.relationTo : null,
    author: relationId(doc.author),
    publishedAt: doc.publishedAt ?? null,
    titleVariant: doc.titleVariant ?? null,
    source: doc.source ?? 'manual',
    final: doc.final ?? true,
    completionRate: doc.completionRate ?? null,
  }
  // Assigned one by one: spreading a built-up object into a literal this size took V8's slow path,
  // about a hundred times slower, and reports map tens of thousands of rows.
  for (const name of POST_METRICS) row[name] = doc[name] ?? null
  return row
}
