import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { MetricRow } from '../metricRow'
import { metricRow } from '../metricRowFixture'
import { buildWeeklyReport } from './buildWeeklyReport'
import { followerGain } from './followerGain'
import { reportWeeks } from './reportWeek'
import type { FollowerRow, PublishedDelivery } from './types'

const weeks = reportWeeks({ day: '2026-11-25', now: new Date('2026-12-04T02:00:00Z'), timeZone: 'Asia/Shanghai' })
const accounts = [
  { id: 1, name: '生活馆 公众号', platform: 'wechat' },
  { id: 2, name: '生活馆 头条号', platform: 'toutiao' },
]
const people = [
  { id: 10, name: '张文案', weeklyOutputTarget: 2 },
  { id: 11, name: '陈设计', weeklyOutputTarget: 1 },
  { id: 12, name: '李主编', weeklyOutputTarget: null },
  { id: 13, name: '王运营', weeklyOutputTarget: 3 },
]

/** A 公众号 article's day of the report's week unless told otherwise. */
const row = (overrides: Partial<MetricRow>): MetricRow =>
  metricRow({ date: '2026-11-24', contentId: 100, author: 10, publishedAt: '2026-11-23T12:00:00.000Z', ...overrides })

const article = (id: number, owner: number) => ({ collection: 'articles', id, owner, title: `文章 ${id}` })
const published: PublishedDelivery[] = [
  // A push of two articles, and the lead again on Toutiao: three posts, two items of 张文案.
  { account: 1, publishedOn: '2026-11-23', items: [article(100, 10), article(101, 10)] },
  { account: 2, publishedOn: '2026-11-24', items: [{ collection: 'videos', id: 200, owner: 11, title: '探店视频' }] },
  { account: 1, publishedOn: '2026-11-17', items: [article(90, 10)] },
  // Outside both weeks.
  { account: 1, publishedOn: '2026-11-30', items: [article(300, 10)] },
]

describe('buildWeeklyReport', () => {
  const report = buildWeeklyReport({
    weeks,
    accounts,
    people,
    published,
    titles: new Map([
      ['articles:80', '上个月的文章'],
      ['articles:102', '头条图文'],
    ]),
    rows: [
      row({ readers: 100, shares: 3, likes: 2 }),
      row({ date: '2026-11-25', readers: 50, likes: 5 }),
      row({ position: 2, contentId: 101, readers: 20, likes: 1 }),
      row({
        delivery: 5,
        account: 2,
        platform: 'toutiao',
        contentType: 'video',
        contentCollection: 'videos',
        contentId: 200,
        plays: 900,
        likes: 40,
      }),
      // A Toutiao article entered by hand: 阅读次数 only, so it stays out of the account's 互动率.
      row({ delivery: 6, account: 2, platform: 'toutiao', contentId: 102, reads: 300, likes: 30 }),
      // A post of last month still earning this week, and last week's numbers.
      row({ delivery: 8, contentId: 80, date: '2026-11-26', readers: 30 }),
      row({ delivery: 9, contentId: 90, date: '2026-11-18', readers: 400, likes: 10 }),
      // Next week: ignored.
      row({ date: '2026-11-30', readers: 999 }),
    ],
    followerRows: [
      { account: 1, date: '2026-11-22', followers: 1000, newFollowers: null, lostFollowers: null },
      { account: 1, date: '2026-11-28', followers: 1090, newFollowers: null, lostFollowers: null },
      { account: 1, date: '2026-11-29', followers: 1100, newFollowers: null, lostFollowers: null },
    ],
  })

  it('sums the week per account, keeping readers (people) and plays apart', () => {
    const [wechat, toutiao] = report.accounts
    assert.deepEqual(wechat.current, {
      posts: 2,
      readers: 200,
      plays: null,
      interactions: 11,
      interactionRate: 11 / 200,
      followerGain: 100,
      followers: 1100,
    })
    assert.equal(wechat.previous.posts, 1)
    assert.equal(wechat.previous.readers, 400)
    assert.equal(toutiao.current.readers, null)
    assert.equal(toutiao.current.plays, 900)
    assert.equal(toutiao.current.interactions, 70)
    assert.equal(toutiao.current.interactionRate, 40 / 900, 'the videos’ likes over their plays')
    assert.equal(toutiao.current.followerGain, null, 'no follower rows: unknown, not zero')
  })

  it('counts each person’s items once however many accounts they went to, against the weekly target; nobody without a target or output', () => {
    assert.deepEqual(
      report.people.map((line) => [line.person.name, line.published, line.previousPublished, line.met]),
      [
        ['张文案', 2, 1, true],
        ['陈设计', 1, 0, true],
        ['王运营', 0, 0, false],
      ],
    )
  })

  it('ranks the week’s posts by interactions, with titles of older posts too', () => {
    assert.deepEqual(
      report.topPosts.map((post) => [post.title, post.interactions]),
      [
        ['探店视频', 40],
        ['头条图文', 30],
        ['文章 100', 10],
        ['文章 101', 1],
        ['上个月的文章', null],
      ],
    )
    assert.equal(report.topPosts[0].account?.name, '生活馆 头条号')
  })
})

describe('followerGain', () => {
  const week = weeks.week
  const at = (date: string, followers: number | null, flows?: [number, number]): FollowerRow => ({
    account: 1,
    date,
    followers,
    newFollowers: flows?.[0] ?? null,
    lostFollowers: flows?.[1] ?? null,
  })

  it('adds the daily flows when the Sunday before is missing', () => {
    assert.deepEqual(followerGain({ rows: [at('2026-11-23', 510, [12, 2]), at('2026-11-24', 515, [6, 1])], week }), {
      gain: 15,
      followers: 515,
    })
  })

  it('falls back to last minus first day, and says null when nothing tells', () => {
    assert.deepEqual(followerGain({ rows: [at('2026-11-23', 500), at('2026-11-27', 530)], week }), { gain: 30, followers: 530 })
    assert.deepEqual(followerGain({ rows: [at('2026-11-23', 500)], week }), { gain: null, followers: 500 })
    assert.deepEqual(followerGain({ rows: [], week }), { gain: null, followers: null })
  })
})
