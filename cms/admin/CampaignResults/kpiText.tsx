import type { KpiResult } from '../../analytics/targets/replies'

type Unit = KpiResult['unit']

const UNIT_WORDS: Record<Unit, string> = { rate: '%', people: ' 人', count: ' 次' }

/** 5.2% · 1,234 人 · 12 次; — for no value. */
export function formatKpiValue(args: { value: number | null; unit: Unit }): string {
  if (args.value === null) return '—'
  const digits = args.unit === 'rate' ? 2 : Number.isInteger(args.value) ? 0 : 1
  const text = args.value.toLocaleString('zh-CN', { maximumFractionDigits: digits })
  return `${text}${UNIT_WORDS[args.unit]}`
}

/** 不低于 4% · 每周 */
export function targetText(kpi: Pick<KpiResult, 'comparisonLabel' | 'target' | 'unit' | 'periodLabel'>): string {
  return `${kpi.comparisonLabel} ${formatKpiValue({ value: kpi.target, unit: kpi.unit })}（${kpi.periodLabel}）`
}

export const STATUS_COLORS: Record<KpiResult['status'], string> = {
  met: '#389e0d',
  missed: '#cf1322',
  inProgress: '#1677ff',
  noData: '#8c8c8c',
}

/** How far along the bar is drawn, 0..100: an at-most line counts how much of the allowance is used. */
export function progressPercent(progress: number | null): number {
  return progress === null ? 0 : Math.max(0, Math.min(100, progress * 100))
}

export function StatusBadge({ kpi }: { kpi: Pick<KpiResult, 'status' | 'statusLabel'> }) {
  return (
    <span
      data-kpi-status={kpi.status}
      style={{
        display: 'inline-block',
        padding: '0 8px',
        borderRadius: 10,
        fontSize: 12,
        lineHeight: '20px',
        color: '#fff',
        background: STATUS_COLORS[kpi.status],
      }}
    >
      {kpi.statusLabel}
    </span>
  )
}
