import { relationId } from '../../content'
import type { Campaign } from '../../payload-types'

type KpiLine = NonNullable<Campaign['kpis']>[number]

/** KPI lines carried between a campaign and a case: the line itself, without its row id. */
export function copyKpiLines(lines: readonly KpiLine[] | null | undefined) {
  return (lines ?? []).map((line) => ({
    metric: line.metric,
    comparison: line.comparison,
    target: line.target,
    period: line.period,
    platform: line.platform ?? null,
    account: relationId(line.account),
  }))
}
