'use client'
import { useMemo, type ReactNode } from 'react'
import type { DashboardReply } from '../../analytics/dashboard/dashboardReply'
import { EChart } from '../Charts/EChart'
import { timezoneLabel } from '../labels'
import { groupBarsOption, hourOption, trendOption } from './resultsCharts'

const panelStyle = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 12 } as const

function Panel({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section style={panelStyle}>
      <h3 style={{ margin: '0 0 4px', fontSize: 16 }}>{title}</h3>
      {note ? <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-500)', fontSize: 12 }}>{note}</p> : null}
      {children}
    </section>
  )
}

/** The trend, the breakdowns and the publish hours, each an ECharts chart with a stable test id. */
export function ResultsCharts({ reply }: { reply: DashboardReply }) {
  const trend = useMemo(() => trendOption(reply.daily), [reply])
  const byAccount = useMemo(() => groupBarsOption(reply.byAccount.filter((row) => row.posts > 0)), [reply])
  const byContentType = useMemo(() => groupBarsOption(reply.byContentType), [reply])
  const byAuthor = useMemo(() => groupBarsOption(reply.byAuthor), [reply])
  const byHour = useMemo(() => hourOption(reply.byHour), [reply])
  const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16, marginBottom: 16 } as const
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Panel title="每日趋势" note="按数据所属日期；阅读人数（人）看左轴，播放量和互动数（次）看右轴">
          <EChart option={trend} testId="results-trend" label="每日阅读人数、播放量和互动数趋势" />
        </Panel>
      </div>
      <div style={grid}>
        <Panel title="按账号" note="阅读量最高的 15 个账号">
          <EChart option={byAccount} testId="results-by-account" label="各账号的阅读人数、播放量和互动数" />
        </Panel>
        <Panel title="按内容类型">
          <EChart option={byContentType} testId="results-by-content-type" label="各内容类型的阅读人数、播放量和互动数" />
        </Panel>
        <Panel title="按作者">
          <EChart option={byAuthor} testId="results-by-author" label="各作者内容的阅读人数、播放量和互动数" />
        </Panel>
        <Panel
          title="发布时段"
          note={`按发布时间（${timezoneLabel(reply.range.timeZone)}）的小时：每篇平均的阅读人数和播放量，以及发布篇数`}
        >
          <EChart option={byHour} testId="results-by-hour" label="0 到 23 时发布的内容的平均表现" />
        </Panel>
      </div>
    </>
  )
}
