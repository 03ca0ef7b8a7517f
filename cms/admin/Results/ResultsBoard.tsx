'use client'
import { useEffect, useState } from 'react'
import { timezoneLabel } from '../labels'
import { BreakdownTables } from './BreakdownTables'
import { FilterBar } from './FilterBar'
import { FlagsTable } from './FlagsTable'
import { KpiCards } from './KpiCards'
import { ResultsCharts } from './ResultsCharts'
import { dashboardQuery, useDashboard } from './useDashboard'

/** The filters as the page keeps them; an empty string means "all" (or the default range). */
export type ResultsFilters = { from: string; to: string; platform: string; account: string; campaign: string }
export type FilterOptions = {
  accounts: { id: string; name: string; platform: string }[]
  campaigns: { id: string; name: string }[]
}

/** The results dashboard: filters kept in the address (a view can be shared), one request per change. */
export function ResultsBoard(args: { options: FilterOptions; initial: ResultsFilters; timeZone: string; canOpenDeliveries: boolean }) {
  const [filters, setFilters] = useState<ResultsFilters>(args.initial)
  const state = useDashboard(filters)
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${dashboardQuery(filters)}`)
  }, [filters])
  const { reply } = state
  return (
    <div data-testid="results-board" data-state={state.loading ? 'loading' : state.error ? 'error' : 'ready'}>
      <FilterBar
        filters={filters}
        shownRange={reply ? reply.range : null}
        options={args.options}
        timeZone={args.timeZone}
        onChange={setFilters}
      />
      {state.error ? (
        <p role="alert" style={{ color: '#cf1322' }}>
          {state.error}
        </p>
      ) : null}
      {reply === null ? (
        state.loading ? (
          <p>正在读取数据…</p>
        ) : null
      ) : (
        <>
          <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12, marginTop: 0 }}>
            {reply.range.from} 至 {reply.range.to}（{timezoneLabel(reply.range.timeZone)}
            ），每天的数据是当天新增；阅读人数是人数，播放量是次数，分开统计。
          </p>
          <KpiCards totals={reply.totals} />
          <ResultsCharts reply={reply} />
          <BreakdownTables reply={reply} />
          <FlagsTable flags={reply.flags} timeZone={args.timeZone} canOpenDeliveries={args.canOpenDeliveries} />
        </>
      )}
    </div>
  )
}
