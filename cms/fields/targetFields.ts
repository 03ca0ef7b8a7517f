import type { Field } from 'payload'
import { PLATFORM_LABELS } from '../../lib/platforms'
import { KPI_COMPARISON_LABELS, KPI_METRIC_LABELS, KPI_PERIOD_LABELS } from '../../lib/analytics/metricNames'
import { optionsFrom } from './options'

/**
 * KPI lines: a metric, a target and a period. Rates (打开率, 互动率) are typed in percent (4 = 4%).
 * `scoped`: a campaign's line may name one platform or one account; an account's standing targets
 * are about the account itself.
 */
export function targetFields(args: { name: string; label: { zh: string; en: string }; scoped: boolean }): Field {
  return {
    name: args.name,
    type: 'array',
    label: args.label,
    labels: { singular: { zh: '指标', en: 'Target' }, plural: { zh: '指标', en: 'Targets' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'metric', type: 'select', required: true, options: optionsFrom(KPI_METRIC_LABELS), label: { zh: '指标', en: 'Metric' } },
          {
            name: 'comparison',
            type: 'select',
            required: true,
            defaultValue: 'atLeast',
            options: optionsFrom(KPI_COMPARISON_LABELS),
            label: { zh: '要求', en: 'Must be' },
          },
          {
            name: 'target',
            type: 'number',
            required: true,
            min: 0,
            label: { zh: '目标值', en: 'Target' },
            admin: { description: { zh: '打开率、互动率按百分数填写，4 表示 4%', en: 'Rates in percent: 4 means 4%' } },
          },
          {
            name: 'period',
            type: 'select',
            required: true,
            defaultValue: 'campaign',
            options: optionsFrom(KPI_PERIOD_LABELS),
            label: { zh: '统计周期', en: 'Period' },
          },
        ],
      },
      ...(args.scoped
        ? [
            {
              type: 'row',
              fields: [
                { name: 'platform', type: 'select', options: optionsFrom(PLATFORM_LABELS), label: { zh: '限定平台', en: 'Platform only' } },
                { name: 'account', type: 'relationship', relationTo: 'platform-accounts', label: { zh: '限定账号', en: 'Account only' } },
              ],
            } satisfies Field,
          ]
        : []),
    ],
  }
}
