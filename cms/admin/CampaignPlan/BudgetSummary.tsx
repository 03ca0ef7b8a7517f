'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useMemo } from 'react'
import { useTeamTimezone } from '../useTeamTimezone'
import { BudgetTable } from './BudgetTable'
import { budgetTotals } from './budgetTotals'
import { budgetLinesFrom, deliverablesFrom } from './campaignPlanReply'
import { DeliverablesTable } from './DeliverablesTable'
import { deliverableSummary } from './deliverableStatus'
import { useCampaignPlan } from './useCampaignPlan'
import { useDecideLine } from './useDecideLine'

/** 预算汇总 and 交付进度 on the campaign's form, from the saved campaign: planned against spent, lines waiting for an admin, the checklist's progress. */
export function BudgetSummary() {
  const { id, data } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const timeZone = useTeamTimezone()
  const { state, reload } = useCampaignPlan({ id, version: data?.updatedAt })
  const stored = useMemo(() => (state.status === 'ready' ? (state.plan.budgetLines ?? []) : []), [state])
  const { decide, busyRow, error } = useDecideLine({ id, stored, onDone: reload })
  if (id === undefined) return <p style={{ opacity: 0.7, margin: '16px 0' }}>保存活动后，这里会汇总预算和交付进度。</p>
  return (
    <section data-testid="budget-summary" style={{ margin: '16px 0 24px' }}>
      <h3 style={{ margin: '0 0 8px' }}>预算汇总</h3>
      {state.status === 'loading' ? <p style={{ opacity: 0.7 }}>正在读取预算…</p> : null}
      {state.status === 'error' ? <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p> : null}
      {error ? <p style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
      {state.status === 'ready' ? (
        <>
          {stored.length === 0 ? (
            <p style={{ opacity: 0.7 }}>还没有预算项：在上方「预算」里添加后，这里按类别汇总计划和已花。</p>
          ) : (
            <BudgetTable
              totals={budgetTotals(budgetLinesFrom(state.plan))}
              threshold={state.threshold}
              canDecide={user?.role === 'admin'}
              busyRow={busyRow}
              onDecide={(decision) => void decide(decision)}
            />
          )}
          <h3 style={{ margin: '20px 0 8px' }}>交付进度</h3>
          <DeliverablesTable summary={deliverableSummary({ deliverables: deliverablesFrom(state.plan), now: new Date(), timeZone })} />
          <p style={{ fontSize: 12, opacity: 0.6, margin: '8px 0 0' }}>按已保存的内容统计；修改后请先保存。</p>
        </>
      ) : null}
    </section>
  )
}
