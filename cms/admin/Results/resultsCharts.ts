import type { ChartOption } from '../Charts/chartOption'
import type { DashboardReply, DashboardTotals } from '../../analytics/dashboard/dashboardReply'

/**
 * ECharts options for the results page. People (阅读人数, left axis, 人) and counts (播放量 and 互动数,
 * right axis, 次) are separate series on separate axes, named with their unit: never one bar or line.
 */
const PEOPLE_AXIS = { type: 'value', name: '人', position: 'left', splitLine: { show: true } } as const
const COUNT_AXIS = { type: 'value', name: '次', position: 'right', splitLine: { show: false } } as const
const TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' } } as const
const GRID = { left: 56, right: 56, top: 48, bottom: 40, containLabel: true } as const
const LEGEND = { top: 0 } as const

type Grouped = DashboardTotals & { label: string }

/** Only what was reported: a missing 阅读人数 is a gap, never a zero. */
const values = <T extends DashboardTotals>(rows: readonly T[], pick: (row: T) => number | null) => rows.map((row) => pick(row))
const hasAny = (rows: readonly DashboardTotals[], pick: (row: DashboardTotals) => number | null) => rows.some((row) => pick(row) !== null)

/** 每日趋势: readers (people) on the left, plays and interactions (counts) on the right. */
export function trendOption(daily: DashboardReply['daily']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: daily.map((day) => day.date.slice(5)), boundaryGap: false },
    yAxis: [PEOPLE_AXIS, COUNT_AXIS],
    series: [
      { name: '阅读人数（人）', type: 'line', yAxisIndex: 0, connectNulls: false, data: values(daily, (day) => day.readers) },
      { name: '播放量（次）', type: 'line', yAxisIndex: 1, connectNulls: false, data: values(daily, (day) => day.plays) },
      { name: '互动数（次）', type: 'line', yAxisIndex: 1, connectNulls: false, data: values(daily, (day) => day.interactions) },
    ],
  }
}

/** Bars per group (account, content type, author), the first `limit` groups as the endpoint ranked them. */
export function groupBarsOption(groups: readonly Grouped[], limit = 15): ChartOption {
  const shown = groups.slice(0, limit)
  const series: NonNullable<ChartOption['series']> = []
  if (hasAny(shown, (row) => row.readers))
    series.push({ name: '阅读人数（人）', type: 'bar', yAxisIndex: 0, data: values(shown, (row) => row.readers) })
  if (hasAny(shown, (row) => row.plays))
    series.push({ name: '播放量（次）', type: 'bar', yAxisIndex: 1, data: values(shown, (row) => row.plays) })
  series.push({ name: '互动数（次）', type: 'bar', yAxisIndex: 1, data: values(shown, (row) => row.interactions) })
  return {
    tooltip: TOOLTIP,
    legend: LEGEND,
    grid: GRID,
    xAxis: {
      type: 'category',
      data: shown.map((row) => row.label),
      // Account names are long (社区生活馆 公众号): slanted when several would not fit side by side.
      axisLabel: { interval: 0, rotate: shown.length * Math.max(...shown.map((row) => row.label.length), 0) > 24 ? 30 : 0 },
    },
    yAxis: [PEOPLE_AXIS, COUNT_AXIS],
    series,
  }
}

const perPost = (total: number | null, posts: number) => (total === null || posts === 0 ? null : Math.round(total / posts))

/**
 * 发布时段: for each hour (0–23, team zone) the posts published then and what one post earned on
 * average: 阅读人数 per article that reports readers, 播放量 per video that reports plays.
 */
export function hourOption(hours: DashboardReply['byHour']): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: hours.map((hour) => `${hour.hour}时`) },
    yAxis: [PEOPLE_AXIS, COUNT_AXIS, { type: 'value', name: '篇', show: false }],
    series: [
      {
        name: '平均每篇阅读人数（人）',
        type: 'bar',
        yAxisIndex: 0,
        data: hours.map((hour) => perPost(hour.readers, hour.readerPosts)),
      },
      {
        name: '平均每条播放量（次）',
        type: 'bar',
        yAxisIndex: 1,
        data: hours.map((hour) => perPost(hour.plays, hour.playPosts)),
      },
      { name: '发布数（篇）', type: 'line', yAxisIndex: 2, data: hours.map((hour) => (hour.posts === 0 ? null : hour.posts)) },
    ],
  }
}
