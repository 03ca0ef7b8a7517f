'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { accountTargetsSchema } from '../../analytics/targets/replies'
import { formatKpiValue, StatusBadge, targetText } from '../CampaignResults/kpiText'
import { useResultsReply } from '../CampaignResults/useResultsReply'

const cell = { padding: '4px 12px 4px 0', borderTop: '1px solid var(--theme-elevation-100)' } as const

/** 长期指标 on an account's form: each standing target's value over the last 30 days and whether it is met. */
export function AccountTargets() {
  const { id } = useDocumentInfo()
  const state = useResultsReply(id ? `/analytics/accounts/${encodeURIComponent(String(id))}/targets` : null, accountTargetsSchema)
  if (!id) return null
  if (state.status === 'loading') return <p style={{ opacity: 0.7, fontSize: 12 }}>正在读取长期指标…</p>
  if (state.status === 'error') return <p style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>{state.message}</p>
  const { period, targets } = state.data
  if (targets.length === 0) return <p style={{ opacity: 0.7, fontSize: 12 }}>还没有设置长期指标（例如 打开率 不低于 4%）。</p>
  return (
    <section data-testid="account-targets" style={{ margin: '0 0 24px' }}>
      <div style={{ fontWeight: 600 }}>长期指标完成情况</div>
      <div style={{ fontSize: 12, opacity: 0.7 }}>
        近 30 天：{period.from} 至 {period.measuredTo}
      </div>
      <table style={{ fontSize: 13, borderCollapse: 'collapse', marginTop: 4 }}>
        <thead>
          <tr style={{ textAlign: 'left', opacity: 0.7 }}>
            <th style={cell}>指标</th>
            <th style={cell}>目标</th>
            <th style={cell}>实际</th>
            <th style={cell}>状态</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target, index) => (
            <tr key={index} data-target-metric={target.metric}>
              <td style={cell}>{target.label}</td>
              <td style={cell}>{targetText(target)}</td>
              <td style={cell}>
                {formatKpiValue({ value: target.value, unit: target.unit })}
                {target.notes.map((note) => (
                  <div key={note} style={{ fontSize: 11, opacity: 0.7 }}>
                    {note}
                  </div>
                ))}
              </td>
              <td style={cell}>
                <StatusBadge kpi={target} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
