import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildBreakdowns } from './breakdowns'
import { groupTotals } from './groupTotals'
import { metricRow } from '../metricRowFixture'

const timeZone = 'Asia/Shanghai'
// A WeChat article (people), a Toutiao video (plays) and a Weibo post (neither), published at 20:30,
// 09:00 and 23:10 Beijing time on 12-01; the Weibo post is 12-02 00:10 Beijing, though 12-01 in UTC.
const wechat = { delivery: 1, account: 10, platform: 'wechat', contentType: 'article', author: 7, publishedAt: '2026-12-01T12:30:00.000Z' }
const toutiao = { delivery: 2, account: 20, platform: 'toutiao', contentType: 'video', author: 8, publishedAt: '2026-12-01T01:00:00.000Z' }
const weibo = { delivery: 3, account: 30, platform: 'weibo', contentType: 'poster', author: 7, publishedAt: '2026-12-01T16:10:00.000Z' }
const rows = [
  metricRow({ ...wechat, date: '2026-12-01', readers: 100, shares: 3, likes: 2 }),
  metricRow({ ...wechat, date: '2026-12-02', readers: 50, shares: 1, likes: 1 }),
  metricRow({ ...toutiao, date: '2026-12-01', plays: 1000, likes: 20, comments: 5 }),
  metricRow({ ...weibo, date: '2026-12-02', likes: 9, reposts: 4, comments: 2 }),
  metricRow({ ...wechat, date: '2026-11-30', readers: 999 }),
]

describe('groupTotals', () => {
  it('rates interactions on readers and on plays apart, and never adds readers to plays', () => {
    const totals = groupTotals(rows.slice(0, 4))
    assert.equal(totals.readers, 150)
    assert.equal(totals.plays, 1000)
    assert.equal(totals.interactions, 7 + 25 + 15)
    assert.equal(totals.readerInteractionRate, 7 / 150)
    assert.equal(totals.playInteractionRate, 25 / 1000)
    assert.equal(totals.readerPosts, 1)
    assert.equal(totals.playPosts, 1)
    assert.equal(totals.posts, 3)
    assert.equal('interactionRate' in totals, false)
  })

  it('keeps unreported numbers null', () => {
    const weiboOnly = groupTotals([rows[3]])
    assert.equal(weiboOnly.readers, null)
    assert.equal(weiboOnly.plays, null)
    assert.equal(weiboOnly.readerInteractionRate, null)
    assert.equal(weiboOnly.playInteractionRate, null)
    assert.equal(weiboOnly.interactions, 15)
  })
})

describe('buildBreakdowns', () => {
  const result = buildBreakdowns({ rows, from: '2026-12-01', to: '2026-12-02', timeZone })

  it('sums only the range and counts posts published in it by the team day', () => {
    assert.equal(result.totals.readers, 150)
    assert.equal(result.totals.posts, 3)
    assert.equal(result.totals.published, 3)
    const narrow = buildBreakdowns({ rows, from: '2026-12-01', to: '2026-12-01', timeZone })
    // The Weibo post went out on 12-02 Beijing time: not published in a range that ends on 12-01.
    assert.equal(narrow.totals.published, 2)
  })

  it('has every day of the range, with the day’s own numbers and publications', () => {
    assert.deepEqual(
      result.daily.map((day) => [day.date, day.readers, day.plays, day.published]),
      [
        ['2026-12-01', 100, 1000, 2],
        ['2026-12-02', 50, null, 1],
      ],
    )
    const withEmptyDay = buildBreakdowns({ rows, from: '2026-12-01', to: '2026-12-03', timeZone })
    assert.deepEqual(withEmptyDay.daily[2], { date: '2026-12-03', published: 0, ...groupTotals([]) })
  })

  it('breaks down by account, platform, content type and author, biggest readers first', () => {
    assert.deepEqual(
      result.byAccount.map((group) => [group.key, group.readers, group.plays, group.interactions]),
      [
        ['10', 150, null, 7],
        ['20', null, 1000, 25],
        ['30', null, null, 15],
      ],
    )
    assert.deepEqual(
      result.byPlatform.map((group) => group.key),
      ['wechat', 'toutiao', 'weibo'],
    )
    assert.deepEqual(
      result.byContentType.map((group) => [group.key, group.posts]),
      [
        ['article', 1],
        ['video', 1],
        ['poster', 1],
      ],
    )
    assert.deepEqual(
      result.byAuthor.map((group) => [group.key, group.readers, group.interactions]),
      [
        ['7', 150, 22],
        ['8', null, 25],
      ],
    )
  })

  it('puts each post at its publish hour in the team zone, 24 hours always', () => {
    assert.equal(result.byHour.length, 24)
    assert.equal(result.byHour[20].readers, 150)
    assert.equal(result.byHour[9].plays, 1000)
    assert.equal(result.byHour[0].interactions, 15)
    assert.equal(result.byHour[12].posts, 0)
  })
})
