import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { MetricRow } from '../metricRow'
import { metricRow } from '../metricRowFixture'
import { evaluateKpi } from './evaluateKpi'
import type { FollowerDay, KpiInputs, PublishedPost } from './kpiInputs'
import type { KpiLine } from './kpiLine'

function row(overrides: Partial<MetricRow>): MetricRow {
  return metricRow({ date: '2026-11-03', campaign: 7, ...overrides })
}

function post(overrides: Partial<PublishedPost> & { delivery: string }): PublishedPost {
  const position = overrides.position ?? 1
  return {
    key: `${overrides.delivery}:${position}`,
    position,
    account: '1',
    platform: 'wechat',
    publishedDate: '2026-11-03',
    mass: true,
    ...overrides,
  }
}

const day = (date: string, followers: number | null, change: Partial<FollowerDay> = {}): FollowerDay => ({
  date,
  followers,
  newFollowers: null,
  lostFollowers: null,
  ...change,
})

function inputs(parts: Partial<KpiInputs>): KpiInputs {
  return {
    rows: [],
    posts: [],
    accounts: [{ id: '1', platform: 'wechat' }],
    followers: new Map(),
    ...parts,
  }
}

const line = (overrides: Partial<KpiLine>): KpiLine => ({
  metric: 'openRate',
  comparison: 'atLeast',
  target: 4,
  period: 'campaign',
  ...overrides,
})
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' }

describe('打开率', () => {
  // Two 群发: 52 of 1,000 followers (the day before), 80 of 2,000 (the last known total, two days before).
  const twoPushes = inputs({
    posts: [
      post({ delivery: '10', publishedDate: '2026-11-03' }),
      post({ delivery: '10', position: 2, publishedDate: '2026-11-03' }),
      post({ delivery: '11', publishedDate: '2026-11-10' }),
      post({ delivery: '12', publishedDate: '2026-11-12', mass: false }),
    ],
    rows: [
      row({ delivery: 10, date: '2026-11-03', pushReaders: 40 }),
      row({ delivery: 10, date: '2026-11-04', pushReaders: 12 }),
      row({ delivery: 10, position: 2, date: '2026-11-03', pushReaders: 30 }),
      row({ delivery: 11, date: '2026-11-10', pushReaders: 60 }),
      row({ delivery: 11, date: '2026-11-11', pushReaders: 20 }),
      row({ delivery: 12, date: '2026-11-12', pushReaders: 500 }),
    ],
    followers: new Map([['1', [day('2026-11-02', 1000), day('2026-11-08', 2000), day('2026-11-10', 9000)]]]),
  })

  it('is Σ readers from the push ÷ Σ followers the day before, over the lead of each 群发 only', () => {
    const result = evaluateKpi({ line: line({}), inputs: twoPushes, span: NOVEMBER, complete: true })
    assert.equal(result.value, 4.4)
    assert.equal(result.status, 'met')
    assert.deepEqual(result.notes, [])
  })

  it('averages the pushes’ own rates per post', () => {
    const result = evaluateKpi({ line: line({ period: 'post' }), inputs: twoPushes, span: NOVEMBER, complete: true })
    assert.equal(result.value, 4.6) // (5.2% + 4%) ÷ 2
  })

  it('has no value (暂无数据) when no follower total is known before the send, and says so', () => {
    const noFollowers = { ...twoPushes, followers: new Map([['1', [day('2026-11-20', 3000)]]]) }
    const result = evaluateKpi({ line: line({}), inputs: noFollowers, span: NOVEMBER, complete: true })
    assert.equal(result.value, null)
    assert.equal(result.status, 'noData')
    assert.deepEqual(result.notes, ['2 次群发缺少发送前一天的粉丝数，未计入'])
  })

  it('leaves out a push whose readers have not come back, and counts the other', () => {
    const oneBack = { ...twoPushes, rows: twoPushes.rows.filter((one) => one.delivery !== 11) }
    const result = evaluateKpi({ line: line({}), inputs: oneBack, span: NOVEMBER, complete: true })
    assert.equal(result.value, 5.2)
    assert.deepEqual(result.notes, ['1 次群发还没有回收到群发阅读人数，未计入'])
  })

  it('draws the trend by the day each push went out', () => {
    const result = evaluateKpi({ line: line({}), inputs: twoPushes, span: { from: '2026-11-03', to: '2026-11-05' }, complete: false })
    assert.deepEqual(result.trend, [
      { date: '2026-11-03', value: 5.2 },
      { date: '2026-11-04', value: null },
      { date: '2026-11-05', value: null },
    ])
    assert.equal(result.status, 'inProgress', 'a rate is not settled before the period ends')
  })
})

describe('status', () => {
  const readers = inputs({
    rows: [row({ date: '2026-11-02', readers: 300 }), row({ date: '2026-11-03', readers: 900 })],
  })

  it('at most: over the limit is 未达成, under it 达成 once the period is over', () => {
    const over = evaluateKpi({
      line: line({ metric: 'readers', comparison: 'atMost', target: 1000 }),
      inputs: readers,
      span: NOVEMBER,
      complete: true,
    })
    assert.deepEqual([over.value, over.status], [1200, 'missed'])
    const under = evaluateKpi({
      line: line({ metric: 'readers', comparison: 'atMost', target: 2000 }),
      inputs: readers,
      span: NOVEMBER,
      complete: true,
    })
    assert.equal(under.status, 'met')
    const running = evaluateKpi({
      line: line({ metric: 'readers', comparison: 'atMost', target: 2000 }),
      inputs: readers,
      span: NOVEMBER,
      complete: false,
    })
    assert.equal(running.status, 'inProgress')
  })

  it('a whole-period total already past an at-least target is 达成 before the end, and its trend runs up to it', () => {
    const result = evaluateKpi({
      line: line({ metric: 'readers', target: 1000 }),
      inputs: readers,
      span: { from: '2026-11-01', to: '2026-11-03' },
      complete: false,
    })
    assert.equal(result.status, 'met')
    assert.equal(result.cumulative, true)
    assert.deepEqual(
      result.trend.map((point) => point.value),
      [0, 300, 1200],
    )
  })

  it('涨粉 over the campaign is drawn as the running net change, and stays 进行中 until the end (followers may still fall)', () => {
    const growing = inputs({ followers: new Map([['1', [day('2026-10-31', 1000), day('2026-11-01', 1010), day('2026-11-02', 1030)]]]) })
    const result = evaluateKpi({
      line: line({ metric: 'newFollowers', target: 20 }),
      inputs: growing,
      span: { from: '2026-11-01', to: '2026-11-02' },
      complete: false,
    })
    assert.deepEqual(
      result.trend.map((point) => point.value),
      [10, 30],
    )
    assert.deepEqual([result.value, result.cumulative, result.status], [30, true, 'inProgress'])
  })

  it('nothing reported is 暂无数据, never 0', () => {
    const result = evaluateKpi({ line: line({ metric: 'plays', target: 10 }), inputs: readers, span: NOVEMBER, complete: true })
    assert.deepEqual([result.value, result.status], [null, 'noData'])
  })

  it('a period that has not started has no value', () => {
    const result = evaluateKpi({ line: line({ metric: 'readers' }), inputs: readers, span: null, complete: false })
    assert.equal(result.status, 'noData')
  })
})

describe('periods', () => {
  // 17 days from Sunday 11-01: weeks 11-01..07 and 11-08..14 are complete, 11-15..17 is not.
  const span = { from: '2026-11-01', to: '2026-11-17' }
  const weekly = inputs({
    rows: [
      row({ date: '2026-11-02', readers: 100 }),
      row({ date: '2026-11-06', readers: 200 }),
      row({ date: '2026-11-09', readers: 500 }),
      row({ date: '2026-11-16', readers: 10 }),
    ],
    posts: [post({ delivery: '1', publishedDate: '2026-11-02' }), post({ delivery: '2', publishedDate: '2026-11-09' })],
  })

  it('per week: the mean of the complete weeks, the trend one point a week', () => {
    const result = evaluateKpi({ line: line({ metric: 'readers', period: 'week', target: 350 }), inputs: weekly, span, complete: false })
    assert.equal(result.value, 400) // (300 + 500) ÷ 2; the unfinished third week is left out
    assert.equal(result.trendUnit, 'week')
    assert.deepEqual(result.trend, [
      { date: '2026-11-01', value: 300 },
      { date: '2026-11-08', value: 500 },
      { date: '2026-11-15', value: 10 },
    ])
    assert.equal(result.cumulative, false)
  })

  it('per day: an idle day counts as 0 once the metric is reported', () => {
    const result = evaluateKpi({
      line: line({ metric: 'readers', period: 'day', target: 1 }),
      inputs: weekly,
      span: { from: '2026-11-01', to: '2026-11-04' },
      complete: true,
    })
    assert.equal(result.value, 25) // 100 over 4 days
  })

  it('posts per week count what went out each week', () => {
    const result = evaluateKpi({ line: line({ metric: 'posts', period: 'week', target: 1 }), inputs: weekly, span, complete: true })
    assert.deepEqual([result.value, result.status], [1, 'met'])
  })
})

describe('scope', () => {
  const mixed = inputs({
    accounts: [
      { id: '1', platform: 'wechat' },
      { id: '2', platform: 'wechat' },
      { id: '3', platform: 'weibo' },
    ],
    rows: [
      row({ account: 1, readers: 100, likes: 4 }),
      row({ account: 2, delivery: 2, readers: 50, likes: 6 }),
      row({ account: 3, delivery: 3, platform: 'weibo', likes: 30, reposts: 5 }),
    ],
    followers: new Map([
      ['1', [day('2026-10-31', 1000), day('2026-11-30', 1100)]],
      ['2', [day('2026-11-05', 500, { newFollowers: 30, lostFollowers: 5 })]],
      ['3', [day('2026-10-31', 700), day('2026-11-30', 650)]],
    ]),
  })

  it('a platform line sees only that platform’s posts and accounts', () => {
    const interactions = evaluateKpi({
      line: line({ metric: 'interactions', platform: 'weibo', target: 1 }),
      inputs: mixed,
      span: NOVEMBER,
      complete: true,
    })
    assert.equal(interactions.value, 35)
    const net = evaluateKpi({
      line: line({ metric: 'newFollowers', platform: 'wechat', target: 1 }),
      inputs: mixed,
      span: NOVEMBER,
      complete: true,
    })
    assert.equal(net.value, 125) // 100 from the totals of account 1, 25 from the gains and losses of account 2
  })

  it('an account line sees only that account', () => {
    const result = evaluateKpi({ line: line({ metric: 'readers', account: 2, target: 1 }), inputs: mixed, span: NOVEMBER, complete: true })
    assert.equal(result.value, 50)
    const followers = evaluateKpi({
      line: line({ metric: 'followers', account: 3, target: 1 }),
      inputs: mixed,
      span: NOVEMBER,
      complete: true,
    })
    assert.equal(followers.value, 650)
  })

  it('互动率 divides by readers, and posts without readers or plays are left out', () => {
    const result = evaluateKpi({ line: line({ metric: 'interactionRate', target: 5 }), inputs: mixed, span: NOVEMBER, complete: true })
    assert.equal(result.value, 6.6667) // 10 interactions ÷ 150 readers; the Weibo post has neither readers nor plays
  })

  it('互动率 keeps plays apart from readers and says the plays’ rate', () => {
    const withVideo = { ...mixed, rows: [...mixed.rows, row({ account: 3, delivery: 4, platform: 'weibo', plays: 1000, likes: 20 })] }
    const result = evaluateKpi({ line: line({ metric: 'interactionRate', target: 5 }), inputs: withVideo, span: NOVEMBER, complete: true })
    assert.equal(result.value, 6.6667)
    assert.deepEqual(result.notes, ['视频按播放量计算的互动率为 2.00%，与按阅读人数计算的分开统计'])
  })
})
