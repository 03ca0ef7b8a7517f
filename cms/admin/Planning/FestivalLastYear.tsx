'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { zonedDate } from '../../../lib/zonedTime'
import { useTeamTimezone } from '../useTeamTimezone'
import { LastYearItems } from './festival/LastYearItems'
import { nextDateLine } from './festival/nextDateLine'
import { useLastYear } from './festival/useLastYear'

/**
 * On the festival's page: its coming date and the day preparation starts (live, as the rule is
 * edited), and last year's items for the same 节点 (GET /api/festivals/:id/last-year), with links.
 */
export function FestivalLastYear() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const timeZone = useTeamTimezone()
  const ruleKey = useFormFields(([fields]) =>
    JSON.stringify({
      calendar: fields.calendar?.value,
      month: fields.month?.value,
      day: fields.day?.value,
      term: fields.term?.value,
      leadDays: fields.leadDays?.value,
    }),
  )
  const { leadDays, ...rule } = JSON.parse(ruleKey) as Record<string, unknown>
  const line = nextDateLine({ rule, leadDays, today: zonedDate({ at: new Date(), timeZone }) })
  const state = useLastYear({ id, version: lastUpdateTime === undefined ? undefined : String(lastUpdateTime) })
  return (
    <div data-testid="festival-last-year" style={{ margin: '0 0 24px', fontSize: 13 }}>
      <div data-testid="festival-next" style={{ fontWeight: 600 }}>
        {line ?? '填好历法和日期（或节气）后，这里显示下一次的日期。'}
      </div>
      <div style={{ fontWeight: 600, marginTop: 12 }}>
        去年同期
        {state?.status === 'ready' && state.reply.lastYear && (
          <span style={{ fontWeight: 400, marginLeft: 8 }}>
            {state.reply.lastYear.date}（{state.reply.lastYear.weekday}），{state.reply.lastYear.from} 至 {state.reply.lastYear.to}
          </span>
        )}
      </div>
      {id === undefined && <p style={{ opacity: 0.75 }}>保存后显示去年同期发布和排期的内容。</p>}
      {state?.status === 'loading' && <p style={{ opacity: 0.75 }}>正在读取…</p>}
      {state?.status === 'error' && <p role="alert">{state.message}</p>}
      {state?.status === 'ready' && <LastYearItems reply={state.reply} timeZone={timeZone} />}
    </div>
  )
}
