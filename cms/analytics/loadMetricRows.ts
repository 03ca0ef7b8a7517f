import type { Payload, PayloadRequest, Where } from 'payload'
import { METRIC_ROW_SELECT, toMetricRow, type MetricRow } from './metricRow'

/**
 * The post-metrics rows of days `from`..`to` (YYYY-MM-DD, inclusive) that match `where`, through the
 * Local API so every adapter answers it. With `req`, the caller's access applies (overrideAccess false).
 */
export async function loadMetricRows(args: {
  payload: Payload
  req?: PayloadRequest
  from: string
  to: string
  where?: Where
  /** Fewer columns than a report's usual set, when a caller needs only some (the rest read as absent). */
  select?: Partial<typeof METRIC_ROW_SELECT>
}): Promise<MetricRow[]> {
  const range: Where = { and: [{ date: { greater_than_equal: args.from } }, { date: { less_than_equal: args.to } }] }
  const result = await args.payload.find({
    collection: 'post-metrics',
    where: args.where ? { and: [range, args.where] } : range,
    select: args.select ?? METRIC_ROW_SELECT,
    depth: 0,
    pagination: false,
    sort: 'date',
    ...(args.req ? { req: args.req, user: args.req.user, overrideAccess: false } : {}),
  })
  return result.docs.map(toMetricRow)
}
