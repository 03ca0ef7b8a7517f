import type { Field } from 'payload'
import { POST_METRIC_LABELS, POST_METRICS } from '../../lib/analytics/metricNames'

/** One non-negative integer field per post metric, labelled as editors say them; empty means "not reported". */
export function metricNumberFields(): Field[] {
  return POST_METRICS.map((name) => ({
    name,
    type: 'number',
    min: 0,
    label: { zh: POST_METRIC_LABELS[name].zh, en: POST_METRIC_LABELS[name].en },
    validate: (value: unknown) =>
      value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        ? true
        : `${POST_METRIC_LABELS[name].zh}请填不小于 0 的整数`,
  }))
}
