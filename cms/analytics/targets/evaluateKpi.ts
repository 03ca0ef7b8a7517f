import { bucketsOf, daysBetween, inSpan, type DaySpan } from './dateBuckets'
import { growsWithTime, kpiStatus, trendsCumulatively, type KpiLine, type KpiStatus } from './kpiLine'
import { onePost, postKeyOf, scopeInputs, type KpiInputs } from './kpiInputs'
import { isDailySum, measureMetric, type Measured } from './measureMetric'

export type KpiTrendPoint = { date: string; value: number | null }
export type KpiEvaluation = {
  value: number | null
  status: KpiStatus
  trend: KpiTrendPoint[]
  /** Each trend point is a day or a week (from the period's first day); `cumulative`: running totals towards the target. */
  trendUnit: 'day' | 'week'
  cumulative: boolean
  notes: string[]
}

/** A trend longer than this many days is drawn per week. */
const LONGEST_DAILY_TREND = 92

const round = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000)
const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length)

/** A span's value where a daily sum reported nowhere in it is 0 once the metric is reported at all (an idle day, not a gap). */
function measureIn(args: { line: KpiLine; inputs: KpiInputs; span: DaySpan; reported: boolean }): Measured {
  const measured = measureMetric({ metric: args.line.metric, inputs: args.inputs, span: args.span })
  return measured.value === null && args.reported && isDailySum(args.line.metric) ? { value: 0, notes: measured.notes } : measured
}

/** The line's value over the measured span, by its period: the whole span, the mean per post, or the mean per day/week/month. */
function periodValue(args: { line: KpiLine; inputs: KpiInputs; span: DaySpan; whole: Measured }): Measured {
  const { line, inputs, span, whole } = args
  const perPost = line.period === 'post' && !['followers', 'newFollowers', 'posts'].includes(line.metric)
  if (perPost) {
    const keys = new Set([
      ...inputs.posts.filter((post) => inSpan(post.publishedDate, span)).map((post) => post.key),
      ...inputs.rows.filter((row) => inSpan(row.date, span)).map(postKeyOf),
    ])
    const values = [...keys]
      .map((key) => measureMetric({ metric: line.metric, inputs: onePost({ inputs, key }), span }).value)
      .filter((value): value is number => value !== null)
    return { value: mean(values), notes: whole.notes }
  }
  if (line.period === 'day' || line.period === 'week' || line.period === 'month') {
    const buckets = bucketsOf({ span, unit: line.period })
    const complete = buckets.filter((bucket) => bucket.complete)
    const values = (complete.length > 0 ? complete : buckets)
      .map((bucket) => measureIn({ line, inputs, span: bucket, reported: whole.value !== null }).value)
      .filter((value): value is number => value !== null)
    return { value: mean(values), notes: whole.notes }
  }
  return whole
}

/**
 * A KPI line judged over `span` (the period's days up to yesterday; null before it starts).
 * `complete`: the period is over, so the status is final.
 */
export function evaluateKpi(args: { line: KpiLine; inputs: KpiInputs; span: DaySpan | null; complete: boolean }): KpiEvaluation {
  const { line, span } = args
  const cumulative = trendsCumulatively(line)
  if (span === null || span.from > span.to)
    return { value: null, status: 'noData', trend: [], trendUnit: 'day', cumulative, notes: ['统计周期还没有开始'] }
  const inputs = scopeInputs({ inputs: args.inputs, platform: line.platform, account: line.account })
  const whole = measureMetric({ metric: line.metric, inputs, span })
  const value = round(periodValue({ line, inputs, span, whole }).value)
  const trendUnit = line.period === 'week' || line.period === 'month' || daysBetween(span) >= LONGEST_DAILY_TREND ? 'week' : 'day'
  let running = 0
  const trend = bucketsOf({ span, unit: trendUnit }).map((bucket) => {
    const point = measureIn({ line, inputs, span: bucket, reported: whole.value !== null }).value
    if (!cumulative || point === null) return { date: bucket.from, value: round(point) }
    running += point
    return { date: bucket.from, value: round(running) }
  })
  const status = kpiStatus({
    value,
    comparison: line.comparison,
    target: line.target,
    complete: args.complete,
    growing: growsWithTime(line),
  })
  return { value, status, trend, trendUnit, cumulative, notes: whole.notes }
}
