'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { campaignResultsSchema } from '../../analytics/targets/replies'
import { useTeamTimezone } from '../useTeamTimezone'
import { KpiCard } from './KpiCard'
import { RankedPosts } from './RankedPosts'
import { useResultsReply } from './useResultsReply'

/** 活动数据 on the campaign's form: each KPI against its target with a trend, and the campaign's posts ranked. */
export function CampaignResults() {
  const { id } = useDocumentInfo()
  const timeZone = useTeamTimezone()
  const state = useResultsReply(id ? `/analytics/campaigns/${encodeURIComponent(String(id))}` : null, campaignResultsSchema)
  if (!id) return null
  return (
    <section data-testid="campaign-results" style={{ margin: '24px 0' }}>
      <h3 style={{ margin: '0 0 8px' }}>活动数据</h3>
      {state.status === 'loading' ? <p style={{ opacity: 0.7 }}>正在读取活动数据…</p> : null}
      {state.status === 'error' ? <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p> : null}
      {state.status === 'ready' ? (
        <>
          <p style={{ fontSize: 13, opacity: 0.8, margin: '0 0 12px' }}>
            {state.data.period.started
              ? `统计 ${state.data.period.from} 至 ${state.data.period.measuredTo}${state.data.period.complete ? '（活动已结束）' : '（活动进行中，数据截至昨天）'}`
              : `活动 ${state.data.period.from} 开始，开始后第二天起显示数据`}
            {' · '}
            <a
              href={`/admin/results?campaign=${encodeURIComponent(String(id))}&from=${state.data.period.from}&to=${state.data.period.measuredTo}`}
              data-testid="campaign-results-dashboard-link"
            >
              在数据看板中查看 →
            </a>
          </p>
          {state.data.kpis.length === 0 ? (
            <p style={{ opacity: 0.7 }}>还没有设置 KPI 目标：在上方「KPI 目标」里添加后，这里会显示每项指标的完成情况。</p>
          ) : (
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 12 }}>
              {state.data.kpis.map((kpi, index) => (
                <KpiCard key={index} kpi={kpi} index={index} />
              ))}
            </div>
          )}
          <h4 style={{ margin: '20px 0 4px' }}>内容排行</h4>
          <RankedPosts posts={state.data.posts} timeZone={timeZone} />
        </>
      ) : null}
    </section>
  )
}
