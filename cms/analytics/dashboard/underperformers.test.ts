import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { addDays } from '../../../lib/zonedTime'
import { metricRow } from '../metricRowFixture'
import { findUnderperformers, postNumbersOf, type PostNumbers } from './underperformers'

const today = '2026-12-04'
let nextDelivery = 1

/** A post of `account` published at noon on `date`, with its total readers or plays. */
function post(args: { account?: string; date: string; readers?: number; plays?: number; position?: number }): PostNumbers {
  return {
    delivery: nextDelivery++,
    position: args.position ?? 1,
    account: args.account ?? 'a',
    publishedAt: `${args.date}T04:00:00.000Z`,
    publishedDate: args.date,
    readers: args.readers ?? null,
    plays: args.plays ?? null,
  }
}

/** `count` posts of account a on the days before 12-01, each with `readers`. */
function history(count: number, readers: (i: number) => number, extra: Partial<Parameters<typeof post>[0]> = {}): PostNumbers[] {
  return Array.from({ length: count }, (_, i) => post({ date: addDays('2026-11-30', -i), readers: readers(i), ...extra }))
}

const flagsOf = (posts: PostNumbers[], range = { from: '2026-11-01', to: '2026-12-03' }) =>
  findUnderperformers({ posts, ...range, today }).map((flag) => [flag.metric, flag.value, flag.median, flag.compared, flag.reason])

describe('findUnderperformers', () => {
  const cases: { name: string; posts: () => PostNumbers[]; expected: unknown[] }[] = [
    {
      name: 'a post under half its account’s median is flagged with the reason',
      posts: () => [...history(10, () => 800), post({ date: '2026-12-01', readers: 120 })],
      expected: [['readers', 120, 800, 10, '阅读人数 120，不到本账号近 10 篇中位数 800 的一半']],
    },
    {
      name: 'half the median or more is not',
      posts: () => [...history(10, () => 800), post({ date: '2026-12-01', readers: 400 })],
      expected: [],
    },
    {
      name: 'fewer than 5 posts to compare: nothing is judged',
      posts: () => [...history(4, () => 800), post({ date: '2026-12-01', readers: 1 })],
      expected: [],
    },
    {
      name: 'only the 30 newest posts count for the median',
      posts: () => [
        ...history(30, () => 100),
        ...history(20, () => 10_000).map((p) => ({
          ...p,
          publishedDate: addDays(p.publishedDate, -30),
          publishedAt: `${addDays(p.publishedDate, -30)}T04:00:00.000Z`,
        })),
        post({ date: '2026-12-01', readers: 40 }),
      ],
      expected: [['readers', 40, 100, 30, '阅读人数 40，不到本账号近 30 篇中位数 100 的一半']],
    },
    {
      name: 'posts published more than 90 days before the range end are not compared',
      posts: () => [
        ...history(5, () => 800).map((p) => ({ ...p, publishedDate: '2026-08-01', publishedAt: '2026-08-01T04:00:00.000Z' })),
        post({ date: '2026-12-01', readers: 1 }),
      ],
      expected: [],
    },
    {
      name: 'a post of yesterday has one day of numbers: too young to be judged',
      posts: () => [...history(10, () => 800), post({ date: '2026-12-03', readers: 10 })],
      expected: [],
    },
    {
      name: 'a post of the day before yesterday is judged',
      posts: () => [...history(10, () => 800), post({ date: '2026-12-02', readers: 10 })],
      expected: [['readers', 10, 800, 10, '阅读人数 10，不到本账号近 10 篇中位数 800 的一半']],
    },
    {
      name: 'videos are judged by plays against the account’s plays',
      posts: () => [
        ...Array.from({ length: 6 }, (_, i) => post({ account: 'v', date: addDays('2026-11-20', i), plays: 3000 + i })),
        post({ account: 'v', date: '2026-12-01', plays: 900 }),
      ],
      expected: [['plays', 900, 3002.5, 6, '播放量 900，不到本账号近 6 篇中位数 3003 的一半']],
    },
    {
      name: 'a post with neither readers nor plays (Weibo) is not judged',
      posts: () => [
        ...Array.from({ length: 8 }, (_, i) => post({ account: 'w', date: addDays('2026-11-20', i) })),
        post({ account: 'w', date: '2026-12-01' }),
      ],
      expected: [],
    },
    {
      name: 'a 次条 is compared with the account’s other 次条, not with its leads',
      posts: () => [
        ...history(10, () => 800),
        ...history(6, () => 100, { position: 2 }),
        post({ date: '2026-12-01', readers: 60, position: 2 }),
      ],
      expected: [],
    },
    {
      name: 'other accounts do not count, and posts outside the range are not flagged',
      posts: () => [
        ...history(10, () => 800),
        ...Array.from({ length: 10 }, (_, i) => post({ account: 'b', date: addDays('2026-11-20', i), readers: 5 })),
        post({ account: 'b', date: '2026-12-01', readers: 4 }),
        post({ date: '2026-10-01', readers: 1 }),
      ],
      expected: [],
    },
  ]
  for (const testCase of cases) {
    it(testCase.name, () => assert.deepEqual(flagsOf(testCase.posts()), testCase.expected))
  }

  it('ranks the worst first', () => {
    const flags = findUnderperformers({
      posts: [...history(10, () => 1000), post({ date: '2026-12-01', readers: 300 }), post({ date: '2026-12-02', readers: 50 })],
      from: '2026-12-01',
      to: '2026-12-03',
      today,
    })
    assert.deepEqual(
      flags.map((flag) => flag.value),
      [50, 300],
    )
  })
})

describe('postNumbersOf', () => {
  it('sums each post’s days, keeps readers and plays apart and unreported as null', () => {
    const posts = postNumbersOf({
      rows: [
        metricRow({ delivery: 1, account: 3, publishedAt: '2026-11-30T16:30:00.000Z', date: '2026-12-01', readers: 100 }),
        metricRow({ delivery: 1, account: 3, publishedAt: '2026-11-30T16:30:00.000Z', date: '2026-12-02', readers: 20 }),
        metricRow({ delivery: 2, account: 3, publishedAt: '2026-12-01T02:00:00.000Z', plays: 70 }),
        metricRow({ delivery: 3, account: null, publishedAt: '2026-12-01T02:00:00.000Z', readers: 1 }),
      ],
      timeZone: 'Asia/Shanghai',
    })
    assert.deepEqual(
      posts.map((p) => [p.delivery, p.account, p.publishedDate, p.readers, p.plays]),
      [
        [1, '3', '2026-12-01', 120, null],
        [2, '3', '2026-12-01', null, 70],
      ],
    )
  })
})
