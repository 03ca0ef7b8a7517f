import type { ChartOption } from '../Charts/chartOption'
import type { ItemResults } from '../../analytics/targets/replies'

type Day = ItemResults['days'][number]

/** Lines drawn per day: people on the left axis, counts on the right, never on one scale. */
const LINES = [
  { key: 'readers', name: '阅读人数（人）', axis: 0 },
  { key: 'plays', name: '播放量（次）', axis: 1 },
  { key: 'reads', name: '阅读次数（次）', axis: 1 },
  { key: 'interactions', name: '互动数（次）', axis: 1 },
] as const

/** An account's days as lines, only the metrics it reports. */
export function itemChartOption(days: readonly Day[]): ChartOption {
  const lines = LINES.filter((line) => days.some((day) => day[line.key] !== null))
  return {
    grid: { left: 48, right: 48, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: days.map((day) => day.date.slice(5)) },
    yAxis: [
      { type: 'value', name: '人', position: 'left' },
      { type: 'value', name: '次', position: 'right', splitLine: { show: false } },
    ],
    series: lines.map((line) => ({
      type: 'line' as const,
      name: line.name,
      yAxisIndex: line.axis,
      data: days.map((day) => day[line.key]),
      showSymbol: days.length <= 31,
    })),
  }
}
