import type { DashboardReply } from '../../analytics/dashboard/dashboardReply'
import { formatCount, formatRate, formatSigned } from './format'

type Card = { id: string; label: string; value: string; unit: string; note: string }

const cardStyle = {
  flex: '1 1 160px',
  padding: '12px 16px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  background: 'var(--theme-elevation-50)',
} as const

/** The six headline numbers, each with its unit: 人 for people, 次 for counts, 篇 for posts. */
export function KpiCards({ totals }: { totals: DashboardReply['totals'] }) {
  const cards: Card[] = [
    { id: 'readers', label: '阅读人数', value: formatCount(totals.readers), unit: '人', note: '公众号等报告阅读人数的平台' },
    { id: 'plays', label: '播放量', value: formatCount(totals.plays), unit: '次', note: '视频播放次数，不与阅读人数相加' },
    {
      id: 'interactions',
      label: '互动数',
      value: formatCount(totals.interactions),
      unit: '次',
      note: '点赞、分享、在看、评论、收藏、转发',
    },
    {
      id: 'rate',
      label: '互动率',
      value: `${formatRate(totals.readerInteractionRate)} / ${formatRate(totals.playInteractionRate)}`,
      unit: '',
      note: '按阅读人数 / 按播放量，分开计算',
    },
    {
      id: 'followers',
      label: '涨粉',
      value: formatSigned(totals.followers.netChange),
      unit: '人',
      note: `当前粉丝 ${formatCount(totals.followers.latest)} 人`,
    },
    { id: 'published', label: '发布数', value: formatCount(totals.published), unit: '篇', note: '所选日期内发布且已有数据的内容' },
  ]
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
      {cards.map((card) => (
        <div key={card.id} data-testid={`kpi-${card.id}`} style={cardStyle}>
          <div style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{card.label}</div>
          <div style={{ fontSize: 24, fontWeight: 600, margin: '4px 0' }}>
            {card.value}
            {card.unit ? <span style={{ fontSize: 13, fontWeight: 400, marginLeft: 4 }}>{card.unit}</span> : null}
          </div>
          <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>{card.note}</div>
        </div>
      ))}
    </div>
  )
}
