import type { WeekNumbers } from './homeTypes'

const figure = (value: number | null, unit: string) => (value === null ? '暂无' : `${value.toLocaleString('zh-CN')} ${unit}`)
const percent = (value: number | null) => (value === null ? '暂无' : `${(value * 100).toFixed(1)}%`)

/** The team's week so far: posts, 阅读人数, 互动率, with the way to the weekly report. */
export function WeekNumbersCard({ numbers }: { numbers: WeekNumbers | null }) {
  if (!numbers) return <p style={{ margin: 0, opacity: 0.7 }}>本周数据暂时读不到，请稍后刷新。</p>
  const cells: [string, string][] = [
    ['发布', figure(numbers.posts, '篇')],
    ['阅读人数', figure(numbers.readers, '人')],
    ['互动率', percent(numbers.interactionRate)],
  ]
  return (
    <div>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
        {cells.map(([label, value]) => (
          <div key={label}>
            <div style={{ fontSize: 13, opacity: 0.7 }}>{label}</div>
            <div style={{ fontSize: 22, fontWeight: 600 }}>{value}</div>
          </div>
        ))}
      </div>
      <p style={{ margin: '8px 0 0', fontSize: 13, opacity: 0.7 }}>
        {numbers.from} 至 {numbers.to}，团队合计。<a href={`/admin/results/weekly?week=${numbers.from}`}>查看周报</a>
      </p>
    </div>
  )
}
