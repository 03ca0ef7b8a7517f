import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { MetricRow } from '../metricRow'
import { decideTitleTest, type TestPost } from './decideTitleTest'

const TZ = 'Asia/Shanghai'
// 2026-12-01 20:00 in Beijing: the window is 12-01..12-03.
const AT = '2026-12-01T12:00:00.000Z'

function row(args: { delivery: number; date: string; final?: boolean } & Partial<MetricRow>): MetricRow {
  return {
    position: 1,
    account: null,
    platform: null,
    campaign: null,
    contentType: 'article',
    contentId: 1,
    contentCollection: 'articles',
    author: null,
    publishedAt: AT,
    titleVariant: null,
    source: 'api',
    completionRate: null,
    ...args,
    final: args.final ?? true,
  }
}

/** A post's three days of readers. */
const days = (delivery: number, readers: [number, number, number], final = true) =>
  ['2026-12-01', '2026-12-02', '2026-12-03'].map((date, i) => row({ delivery, date, readers: readers[i], final: i < 2 || final }))

const post = (delivery: number, variant: number, platform = 'wechat'): TestPost => ({ delivery, variant, platform, publishedAt: AT })

test('the title with the higher average per post wins, over the same window for every post', () => {
  const verdict = decideTitleTest({
    posts: [post(1, 1), post(2, 2), post(3, 2)],
    rows: [
      ...days(1, [100, 20, 10]),
      ...days(2, [150, 30, 20]),
      ...days(3, [170, 30, 0]),
      row({ delivery: 1, date: '2026-12-09', readers: 999 }),
    ],
    timeZone: TZ,
  })
  assert.equal(verdict.outcome, 'winner')
  assert.equal(verdict.winner, 2)
  assert.deepEqual(
    verdict.platforms[0].variants.map((v) => [v.variant, v.posts, v.average]),
    [
      [1, 1, 130],
      [2, 2, 200],
    ],
  )
  assert.match(verdict.reason, /^标题 2 胜出：每条平均阅读人数 200，比次好的标题 1（130）高 54%。$/)
})

test('数据不足 until every post has final numbers for two days after its publishing day', () => {
  const early = decideTitleTest({
    posts: [post(1, 1), post(2, 2)],
    rows: [...days(1, [100, 20, 10]), ...days(2, [150, 30, 20], false)],
    timeZone: TZ,
  })
  assert.equal(early.outcome, 'insufficient')
  assert.match(early.reason, /^数据不足：还有 1 条发布没有完整数据/)
  const missingDay = decideTitleTest({
    posts: [post(1, 1), post(2, 2)],
    rows: [...days(1, [100, 20, 10]), ...days(2, [1, 1, 1]).slice(0, 2)],
    timeZone: TZ,
  })
  assert.equal(missingDay.outcome, 'insufficient')
})

test('a difference within 5% is 不分胜负', () => {
  const verdict = decideTitleTest({
    posts: [post(1, 1), post(2, 2)],
    rows: [...days(1, [100, 0, 0]), ...days(2, [104, 0, 0])],
    timeZone: TZ,
  })
  assert.equal(verdict.outcome, 'tie')
  assert.match(verdict.reason, /^不分胜负/)
})

test('plays for video, interactions where a platform reports neither; one title only is untested', () => {
  const plays = decideTitleTest({
    posts: [post(1, 1, 'toutiao'), post(2, 3, 'toutiao')],
    rows: [row({ delivery: 1, date: '2026-12-03', plays: 500, likes: 9 }), row({ delivery: 2, date: '2026-12-03', plays: 200, likes: 90 })],
    timeZone: TZ,
  })
  assert.equal(plays.platforms[0].metric, 'plays')
  assert.equal(plays.winner, 1)
  const weibo = decideTitleTest({
    posts: [post(1, 1, 'weibo'), post(2, 2, 'weibo')],
    rows: [
      row({ delivery: 1, date: '2026-12-03', likes: 5, reposts: 1 }),
      row({ delivery: 2, date: '2026-12-03', likes: 10, comments: 2 }),
    ],
    timeZone: TZ,
  })
  assert.deepEqual([weibo.platforms[0].metric, weibo.winner], ['interactions', 2])
  assert.equal(decideTitleTest({ posts: [post(1, 1), post(2, 1)], rows: [], timeZone: TZ }).outcome, 'untested')
})

test('platforms are judged apart: titles on different platforms only are not compared; agreeing platforms name one winner', () => {
  const apart = decideTitleTest({ posts: [post(1, 1, 'wechat'), post(2, 2, 'weibo')], rows: [], timeZone: TZ })
  assert.equal(apart.outcome, 'insufficient')
  assert.match(apart.reason, /不同的平台/)
  const both = decideTitleTest({
    posts: [post(1, 1), post(2, 2), post(3, 1, 'weibo'), post(4, 2, 'weibo')],
    rows: [
      ...days(1, [10, 0, 0]),
      ...days(2, [50, 0, 0]),
      row({ delivery: 3, date: '2026-12-03', likes: 1 }),
      row({ delivery: 4, date: '2026-12-03', likes: 8 }),
    ],
    timeZone: TZ,
  })
  assert.deepEqual([both.outcome, both.winner], ['winner', 2])
})
