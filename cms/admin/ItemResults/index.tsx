'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useMemo } from 'react'
import { itemResultsSchema, type ItemResults as ItemResultsReply, type MetricNumbers } from '../../analytics/targets/replies'
import { dayOf, timeOf } from '../../calendar/calendarGrid'
import { EChart } from '../Charts/EChart'
import { useResultsReply } from '../CampaignResults/useResultsReply'
import { useTeamTimezone } from '../useTeamTimezone'
import { itemChartOption } from './itemChartOption'

/** Each number with what it counts: 人 for people, 次 for actions and plays. */
const TOTAL_ROWS: { key: keyof MetricNumbers; label: string }[] = [
  { key: 'readers', label: '阅读人数（人）' },
  { key: 'pushReaders', label: '其中来自群发（人）' },
  { key: 'reads', label: '阅读次数（次）' },
  { key: 'plays', label: '播放量（次）' },
  { key: 'likes', label: '点赞（次）' },
  { key: 'wows', label: '在看（次）' },
  { key: 'shares', label: '分享（次）' },
  { key: 'comments', label: '评论（次）' },
  { key: 'favorites', label: '收藏（次）' },
  { key: 'reposts', label: '转发（次）' },
  { key: 'interactions', label: '互动数合计（次）' },
  { key: 'interactionRate', label: '互动率' },
]

const shown = (key: keyof MetricNumbers, value: number | null) =>
  value === null ? '—' : key === 'interactionRate' ? `${value.toFixed(2)}%` : value.toLocaleString('zh-CN')

function Totals({ totals }: { totals: MetricNumbers }) {
  const rows = TOTAL_ROWS.filter((row) => totals[row.key] !== null)
  if (rows.length === 0) return <p style={{ opacity: 0.7, fontSize: 12 }}>还没有回收到数据。</p>
  return (
    <table style={{ fontSize: 13, borderCollapse: 'collapse' }}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td style={{ padding: '2px 16px 2px 0', opacity: 0.7 }}>{row.label}</td>
            <td data-total={row.key}>{shown(row.key, totals[row.key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function AccountBlock({ entry, timeZone }: { entry: ItemResultsReply['accounts'][number]; timeZone: string }) {
  const option = useMemo(() => itemChartOption(entry.days), [entry.days])
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '8px 0' }}>
      <strong>
        {entry.account.platformLabel} · {entry.account.name}
      </strong>
      {entry.posts.map((post) => (
        <div key={`${post.delivery}:${post.position}`} style={{ fontSize: 12, opacity: 0.75 }}>
          {post.publishedAt
            ? `${dayOf({ at: post.publishedAt, timeZone })} ${timeOf({ at: post.publishedAt, timeZone })} 发布`
            : '发布时间未知'}
          {post.mass ? ' · 群发' : ''}
          {post.position > 1 ? ` · 第 ${post.position} 篇` : ''}
          {post.titleVariant && post.titleVariant > 1 ? ` · 标题 ${post.titleVariant}` : ''}
          {post.link ? (
            <>
              {' · '}
              <a href={post.link} target="_blank" rel="noreferrer">
                查看
              </a>
            </>
          ) : null}
        </div>
      ))}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(200px, 1fr)', gap: 16, marginTop: 8 }}>
        <EChart option={option} testId={`item-results-chart-${entry.account.id}`} height={220} label={`${entry.account.name}每天的数据`} />
        <div style={{ alignSelf: 'start' }}>
          <Totals totals={entry.totals} />
        </div>
      </div>
    </div>
  )
}

/** 发布数据 on an item's form: its numbers per platform account, per day, and in total. */
export function ItemResults() {
  const { id, collectionSlug } = useDocumentInfo()
  const timeZone = useTeamTimezone()
  const path = id && collectionSlug ? `/analytics/items/${collectionSlug}/${encodeURIComponent(String(id))}` : null
  const state = useResultsReply(path, itemResultsSchema)
  if (!path) return null
  return (
    <section data-testid="item-results" style={{ margin: '24px 0' }}>
      <h3 style={{ margin: '0 0 8px' }}>发布数据</h3>
      {state.status === 'loading' ? <p style={{ opacity: 0.7 }}>正在读取发布数据…</p> : null}
      {state.status === 'error' ? <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p> : null}
      {state.status === 'ready' && state.data.accounts.length === 0 ? (
        <p style={{ opacity: 0.7 }}>还没有发布，或发布后还没有回收到数据。</p>
      ) : null}
      {state.status === 'ready' && state.data.accounts.length > 0 ? (
        <>
          <p style={{ fontSize: 12, opacity: 0.7, margin: 0 }}>
            {state.data.range.from ? `${state.data.range.from} 至 ${state.data.range.to}` : ''}
            。阅读人数按人计，播放量和互动按次计，两者不相加。
          </p>
          {state.data.accounts.map((entry) => (
            <AccountBlock key={String(entry.account.id)} entry={entry} timeZone={timeZone} />
          ))}
          {state.data.accounts.length > 1 ? (
            <div style={{ marginTop: 8 }}>
              <strong>全部账号合计</strong>
              <Totals totals={state.data.totals} />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
