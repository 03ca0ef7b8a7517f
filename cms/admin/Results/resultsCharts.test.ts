import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { countSeriesPoints } from '../Charts/chartOption'
import type { DashboardReply, DashboardTotals } from '../../analytics/dashboard/dashboardReply'
import { groupBarsOption, hourOption, trendOption } from './resultsCharts'

const empty: DashboardTotals = {
  readers: null,
  reads: null,
  pushReaders: null,
  plays: null,
  shares: null,
  likes: null,
  wows: null,
  comments: null,
  favorites: null,
  reposts: null,
  interactions: null,
  readerInteractionRate: null,
  playInteractionRate: null,
  posts: 0,
  readerPosts: 0,
  playPosts: 0,
}

describe('results charts', () => {
  it('draws readers (人) and plays (次) as separate series on separate axes, gaps where not reported', () => {
    const daily: DashboardReply['daily'] = [
      { ...empty, date: '2026-12-01', published: 1, readers: 100, interactions: 5, posts: 1 },
      { ...empty, date: '2026-12-02', published: 0, plays: 900, interactions: 9, posts: 1 },
    ]
    const option = trendOption(daily)
    const series = Array.isArray(option.series) ? option.series : []
    assert.deepEqual(
      series.map((one) => [one.name, one.type === 'line' ? one.yAxisIndex : null, one.data]),
      [
        ['阅读人数（人）', 0, [100, null]],
        ['播放量（次）', 1, [null, 900]],
        ['互动数（次）', 1, [5, 9]],
      ],
    )
    assert.equal(countSeriesPoints(option), 4)
  })

  it('leaves out a measure no group reports, and averages per post by the hour of publishing', () => {
    const groups = [{ ...empty, label: '微博', interactions: 40, posts: 2 }]
    const bars = groupBarsOption(groups)
    assert.deepEqual(
      (Array.isArray(bars.series) ? bars.series : []).map((one) => one.name),
      ['互动数（次）'],
    )
    const hours: DashboardReply['byHour'] = Array.from({ length: 24 }, (_, hour) =>
      hour === 20 ? { ...empty, hour, readers: 900, readerPosts: 3, posts: 3 } : { ...empty, hour },
    )
    const option = hourOption(hours)
    const series = Array.isArray(option.series) ? option.series : []
    assert.equal(series[0]?.data?.[20], 300)
    assert.equal(countSeriesPoints(option), 2)
  })
})
