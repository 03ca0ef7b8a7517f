import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { PermissionError, PlatformError, QuotaExceededError } from '../../publishers/core/errors'
import type { PostStatRow, StatsPost, StatsWindow } from '../../publishers/core/stats'
import { createWechatStatsCollector } from '../../publishers/wechat'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import type { LedgerEntry } from '../fakes/shared/ledger'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWechatFake } from '../fakes/wechat'
import { datacubeFault } from '../fakes/wechat/datacube'
import { fakeArticleDay, fakeArticleTotals, fakeFollowerDay } from '../fakes/wechat/datacubeNumbers'
import { daysAgo, postsOf, publishDaysAgo, statsContext } from './wechatStatsFixtures'
import type { Published } from './wechatStatsFixtures'
import { WECHAT_CREDENTIALS } from './wechatFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWechatFake({ options: { accountType: 'service' } })
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(async () => {
  await control.reset()
  await control.configure({ accountType: 'service' })
})

const collector = () => createWechatStatsCollector({ apiBase: fake.baseUrl, timeoutMs: 2_000 })
const collect = (posts: readonly StatsPost[], window: StatsWindow) => collector().collect({ posts, window, ctx: statsContext().ctx })
const publish = (days: number, mode: 'mass' | 'publish', extra = 0) =>
  publishDaysAgo({ fake, control, days, mode, extra, key: `d-${days}-${mode}-${extra}` })

const datacubeCalls = async (): Promise<LedgerEntry['data'][]> => (await control.entries('datacube')).map((entry) => entry.data)
const call = (name: string, begin: string, end = begin) => ({ name, begin_date: begin, end_date: end })
const sent = (calls: LedgerEntry['data'][]) => calls.map(({ name, begin_date, end_date }) => ({ name, begin_date, end_date }))

/** The cumulative row the fake's own numbers say a post should get for `date`. */
function expectedTotals(args: {
  published: Published
  deliveryId: string
  position: number
  date: string
  pushed: boolean
  delayed?: string[]
}) {
  const msgid = `${args.published.msgDataId}_${args.position}`
  const totals = fakeArticleTotals({
    msgid,
    publishDate: args.published.publishedOn,
    pushed: args.pushed,
    date: args.date,
    delayedDates: args.delayed,
  })
  assert.ok(totals, `the fake counts ${msgid} on ${args.date}`)
  const { readers, pushReaders, shares, wows, likes, comments, favorites, completionRate } = totals
  return {
    deliveryId: args.deliveryId,
    position: args.position,
    externalId: msgid,
    date: args.date,
    kind: 'cumulative',
    readers,
    pushReaders,
    shares,
    wows,
    likes,
    comments,
    favorites,
    completionRate,
  }
}

const withoutFinal = (rows: readonly PostStatRow[]) => rows.map(({ final: _final, ...row }) => row)
const byKey = (a: { date: string; position: number }, b: { date: string; position: number }) =>
  a.date.localeCompare(b.date) || a.position - b.position

describe('wechat statistics collector against the fake', () => {
  test('paths and bodies: POST /datacube/<name> at the root, getarticletotaldetail once per publish date (begin = end), then the account reports over the window', async () => {
    const older = await publish(5, 'mass')
    const newer = await publish(2, 'publish')
    const window = { from: daysAgo(3), to: daysAgo(1) }
    await collect([...postsOf({ deliveryId: 'a', published: older }), ...postsOf({ deliveryId: 'b', published: newer })], window)
    assert.deepEqual(sent(await datacubeCalls()), [
      call('getarticletotaldetail', daysAgo(5)),
      call('getarticletotaldetail', daysAgo(2)),
      call('getbizsummary', window.from, window.to),
      call('getusersummary', window.from, window.to),
      call('getusercumulate', window.from, window.to),
    ])
    const paths = (await control.requests()).map((request) => request.path).filter((path) => path.includes('datacube'))
    assert.ok(
      paths.every((path) => path.startsWith('/datacube/')),
      paths.join(', '),
    )
  })

  test('a 群发 of three articles: positions 1..3 joined by msgid <msg_data_id>_<idx>, cumulative rows equal the fake totals; a msgid we did not publish is ignored', async () => {
    const mass = await publish(3, 'mass', 2)
    await publish(2, 'mass', 1) // someone else's push, not handed to the collector
    const window = { from: daysAgo(3), to: daysAgo(1) }
    const result = await collect(postsOf({ deliveryId: 'delivery-9', published: mass, positions: 3 }), window)
    const expected = [1, 2, 3].flatMap((position) =>
      [daysAgo(3), daysAgo(2), daysAgo(1)].map((date) =>
        expectedTotals({ published: mass, deliveryId: 'delivery-9', position, date, pushed: true }),
      ),
    )
    assert.deepEqual(withoutFinal(result.posts).sort(byKey), expected.sort(byKey))
    assert.ok(result.posts.every((row) => row.final))
    assert.deepEqual(result.delayedDates, [])
    assert.ok(
      result.posts.every((row) => (row.pushReaders ?? 0) > 0),
      'a 群发 is opened from the message list',
    )
    const lead = result.posts.filter((row) => row.position === 1).sort(byKey)
    assert.ok(lead[0].readers! < lead[2].readers!, 'totals grow day by day')
  })

  test('发表不通知 records its msg_data_id too; its articles have no 公众号消息 readers', async () => {
    const published = await publish(1, 'publish')
    const result = await collect(postsOf({ deliveryId: 'p', published }), { from: daysAgo(1), to: daysAgo(1) })
    assert.deepEqual(withoutFinal(result.posts), [
      expectedTotals({ published, deliveryId: 'p', position: 1, date: daysAgo(1), pushed: false }),
    ])
    assert.equal(result.posts[0].pushReaders, 0)
  })

  test('past the 30 counted days: getarticleread + getarticleshare one day per call, daily rows; a window across day 30 mixes both kinds', async () => {
    const old = await publish(40, 'mass')
    const edge = await publish(31, 'mass') // counted through daysAgo(2)
    const window = { from: daysAgo(3), to: daysAgo(1) }
    const result = await collect(
      [...postsOf({ deliveryId: 'old', published: old }), ...postsOf({ deliveryId: 'edge', published: edge })],
      window,
    )
    assert.deepEqual(sent(await datacubeCalls()).slice(0, 7), [
      call('getarticletotaldetail', daysAgo(31)),
      call('getarticleread', daysAgo(3)),
      call('getarticleshare', daysAgo(3)),
      call('getarticleread', daysAgo(2)),
      call('getarticleshare', daysAgo(2)),
      call('getarticleread', daysAgo(1)),
      call('getarticleshare', daysAgo(1)),
    ])
    const edgeRows = result.posts.filter((row) => row.deliveryId === 'edge').sort(byKey)
    // Every counted day since publication comes with the one getarticletotaldetail reply, the days before the window too.
    const countedDays = Array.from({ length: 30 }, (_, i) => daysAgo(31 - i))
    assert.deepEqual(
      edgeRows.map((row) => [row.date, row.kind]),
      [
        ...countedDays.map((date) => [date, 'cumulative']),
        ...(fakeArticleDay({ msgid: `${edge.msgDataId}_1`, publishDate: edge.publishedOn, pushed: true, date: daysAgo(1) }).readers > 0
          ? [[daysAgo(1), 'daily']]
          : []),
      ],
    )
    for (const row of result.posts.filter((candidate) => candidate.deliveryId === 'old')) {
      const day = fakeArticleDay({ msgid: `${old.msgDataId}_1`, publishDate: old.publishedOn, pushed: true, date: row.date })
      assert.deepEqual(row, {
        deliveryId: 'old',
        position: 1,
        externalId: `${old.msgDataId}_1`,
        date: row.date,
        kind: 'daily',
        readers: day.readers,
        shares: day.shares,
        final: true,
      })
    }
  })

  test('followers: a 20-day window is 3 calls of ≤ 7 days to each user report and one getbizsummary; the days equal the fake', async () => {
    const window = { from: daysAgo(20), to: daysAgo(1) }
    const result = await collect([], window)
    assert.deepEqual(sent(await datacubeCalls()), [
      call('getbizsummary', daysAgo(20), daysAgo(1)),
      call('getusersummary', daysAgo(20), daysAgo(14)),
      call('getusercumulate', daysAgo(20), daysAgo(14)),
      call('getusersummary', daysAgo(13), daysAgo(7)),
      call('getusercumulate', daysAgo(13), daysAgo(7)),
      call('getusersummary', daysAgo(6), daysAgo(1)),
      call('getusercumulate', daysAgo(6), daysAgo(1)),
    ])
    assert.equal(result.account.length, 20)
    for (const row of result.account) {
      const day = fakeFollowerDay({ appId: WECHAT_CREDENTIALS.appId, date: row.date })
      assert.equal(row.followers, day.followers)
      assert.equal(
        row.newFollowers,
        day.sources.reduce((sum, source) => sum + source.newUser, 0),
      )
      assert.equal(
        row.lostFollowers,
        day.sources.reduce((sum, source) => sum + source.cancelUser, 0),
      )
      assert.equal(row.readers, 0, 'nothing published: no content readers')
      assert.equal(row.final, true)
    }
    const [first, second] = result.account
    assert.equal(second.followers, first.followers! + second.newFollowers! - second.lostFollowers!)
  })

  test('a 40-day window: getbizsummary in spans of 30 + 10; its readers are the sum of the articles read that day', async () => {
    const mass = await publish(2, 'mass', 1)
    const result = await collect([], { from: daysAgo(40), to: daysAgo(1) })
    assert.deepEqual(
      sent(await datacubeCalls()).filter((entry) => entry.name === 'getbizsummary'),
      [call('getbizsummary', daysAgo(40), daysAgo(11)), call('getbizsummary', daysAgo(10), daysAgo(1))],
    )
    const day = result.account.find((row) => row.date === daysAgo(2))
    const readers = [1, 2].reduce(
      (sum, position) =>
        sum +
        fakeArticleDay({ msgid: `${mass.msgDataId}_${position}`, publishDate: mass.publishedOn, pushed: true, date: daysAgo(2) }).readers,
      0,
    )
    assert.equal(day?.readers, readers)
  })

  test('is_delay: the days of a delayed reply come back open and listed; once cleared they are final with the full numbers', async () => {
    const mass = await publish(2, 'mass')
    const posts = postsOf({ deliveryId: 'm', published: mass })
    const window = { from: daysAgo(2), to: daysAgo(1) }
    await control.configure({ datacube: { delayedDates: [daysAgo(1)] } })
    const early = await collect(posts, window)
    assert.deepEqual(early.delayedDates, [daysAgo(2), daysAgo(1)], 'UNCERTAIN which day of a delayed reply is late: all of them stay open')
    assert.ok([...early.posts, ...early.account].every((row) => !row.final))
    const earlyYesterday = early.posts.find((row) => row.date === daysAgo(1))
    assert.deepEqual(withoutFinal(early.posts.filter((row) => row.date === daysAgo(1))), [
      expectedTotals({ published: mass, deliveryId: 'm', position: 1, date: daysAgo(1), pushed: true, delayed: [daysAgo(1)] }),
    ])

    await control.configure({ datacube: { delayedDates: [] } })
    const later = await collect(posts, window)
    assert.deepEqual(later.delayedDates, [])
    assert.ok([...later.posts, ...later.account].every((row) => row.final))
    const final = later.posts.find((row) => row.date === daysAgo(1))
    assert.deepEqual(final && withoutFinal([final]), [
      expectedTotals({ published: mass, deliveryId: 'm', position: 1, date: daysAgo(1), pushed: true }),
    ])
    assert.ok(final!.readers! >= earlyYesterday!.readers!)
  })

  test('yesterday not computed yet (empty lists): delayed, never zeros; the other days are final', async () => {
    const mass = await publish(3, 'mass')
    const old = await publish(45, 'mass')
    await control.configure({ datacube: { missingDates: [daysAgo(1)] } })
    const result = await collect([...postsOf({ deliveryId: 'm', published: mass }), ...postsOf({ deliveryId: 'o', published: old })], {
      from: daysAgo(3),
      to: daysAgo(1),
    })
    assert.deepEqual(result.delayedDates, [daysAgo(1)])
    assert.ok(result.posts.every((row) => row.date !== daysAgo(1) && row.final))
    assert.deepEqual(
      result.account.map((row) => row.date),
      [daysAgo(3), daysAgo(2)],
    )
  })

  test('early in the Beijing morning yesterday is empty (fake ready at 08:00): delayed', async () => {
    const now = Date.now()
    const sevenAm = Date.parse(`${daysAgo(-1)}T07:00:00+08:00`) // tomorrow 07:00 Beijing
    const shift = sevenAm - now
    await control.configure({ datacube: { readyHour: 8 } })
    await control.advanceClock(shift)
    const at = () => Date.now() + shift
    const { ctx } = statsContext({ now: at })
    const result = await collector().collect({ posts: [], window: { from: daysAgo(1), to: daysAgo(0) }, ctx })
    // On the moved clock "today" is tomorrow, so yesterday is today's real date.
    assert.deepEqual(result.delayedDates, [daysAgo(0)])
    assert.deepEqual(
      result.account.map((row) => row.date),
      [daysAgo(1)],
    )
  })

  test('a window reaching today is cut at yesterday (never a 61500); a window of only today reads nothing', async () => {
    await collect([], { from: daysAgo(2), to: daysAgo(0) })
    assert.ok((await datacubeCalls()).every((entry) => entry.end_date === daysAgo(1) && entry.errcode === undefined))
    await control.reset()
    const nothing = await collect([], { from: daysAgo(0), to: daysAgo(0) })
    assert.deepEqual(nothing, { posts: [], account: [], delayedDates: [] })
    assert.deepEqual(await datacubeCalls(), [])
  })

  test('run twice, the same rows (the fake is deterministic, the collector keeps no state); one article handed over twice counts once', async () => {
    const mass = await publish(4, 'mass', 1)
    const posts = postsOf({ deliveryId: 'twice', published: mass, positions: 2 })
    const window = { from: daysAgo(4), to: daysAgo(1) }
    const first = await collect([...posts, posts[0]], window)
    assert.deepEqual(await collect(posts, window), first)
    assert.equal(first.posts.length, 2 * 4)
  })

  test('fields a reply leaves out are not reported (never 0); publish_type 2 and unknown fields are accepted', async () => {
    const mass = await publish(1, 'mass')
    const msgid = `${mass.msgDataId}_1`
    const detail = { stat_date: daysAgo(1), read_user: 5, read_user_source: [], read_jump_position: [] }
    const json = { list: [{ ref_date: daysAgo(1), msgid, publish_type: 2, detail_list: [detail] }], is_delay: false }
    await control.addFaults({ path: '/datacube/getarticletotaldetail', kind: 'reply', json })
    const result = await collect(postsOf({ deliveryId: 'm', published: mass }), { from: daysAgo(1), to: daysAgo(1) })
    assert.deepEqual(result.posts, [
      { deliveryId: 'm', position: 1, externalId: msgid, date: daysAgo(1), kind: 'cumulative', readers: 5, pushReaders: 0, final: true },
    ])
  })

  test('posts without a msg_data_id are skipped: no rows, no article calls', async () => {
    const posts: StatsPost[] = [
      { deliveryId: 'x', position: 1, remoteIds: { draft: 'D1', publish: '2247503001' }, publishedOn: daysAgo(2) },
    ]
    const result = await collect(posts, { from: daysAgo(2), to: daysAgo(1) })
    assert.deepEqual(result.posts, [])
    assert.ok((await datacubeCalls()).every((entry) => !String(entry.name).startsWith('getarticle')))
  })

  test('45009 → QuotaExceededError at once, in Chinese, no retry and no further calls', async () => {
    const mass = await publish(2, 'mass')
    await control.addFaults(datacubeFault({ name: 'getarticletotaldetail', errcode: 45009, errmsg: 'reach max api daily quota limit' }))
    const run = collect(postsOf({ deliveryId: 'm', published: mass }), { from: daysAgo(2), to: daysAgo(1) })
    await assert.rejects(run, (error: unknown) => {
      assert.ok(error instanceof QuotaExceededError)
      assert.equal(error.code, '45009')
      assert.match(error.message, /今日调用次数已用完.*明天/)
      assert.ok((error.retryAfterMs ?? 0) > 0)
      return true
    })
    assert.equal((await control.requests()).filter((request) => request.path.startsWith('/datacube/')).length, 1)
  })

  test('an exhausted daily quota of one report (the fake counts it) is the same QuotaExceededError', async () => {
    const config = (await control.configure({})) as { dailyQuotas: Record<string, number> }
    await control.configure({ dailyQuotas: { ...config.dailyQuotas, '/datacube/getusersummary': 1 } })
    await collect([], { from: daysAgo(7), to: daysAgo(1) })
    await assert.rejects(collect([], { from: daysAgo(7), to: daysAgo(1) }), QuotaExceededError)
  })

  test('48001 (unverified account) → PermissionError that says to verify the account', async () => {
    await control.configure({ verified: false })
    await assert.rejects(collect([], { from: daysAgo(2), to: daysAgo(1) }), (error: unknown) => {
      assert.ok(error instanceof PermissionError)
      assert.equal(error.code, '48001')
      assert.match(error.message, /认证/)
      return true
    })
  })

  test('61500 (a date WeChat refuses) is a PlatformError naming our own mistake', async () => {
    await control.addFaults(datacubeFault({ name: 'getbizsummary', errcode: 61500, errmsg: 'date format error' }))
    await assert.rejects(collect([], { from: daysAgo(2), to: daysAgo(1) }), (error: unknown) => {
      assert.ok(error instanceof PlatformError)
      assert.match(error.message, /程序错误/)
      return true
    })
  })

  test('an expired token is refreshed once and the report read again', async () => {
    const { ctx } = statsContext()
    await collector().collect({ posts: [], window: { from: daysAgo(1), to: daysAgo(1) }, ctx })
    await control.addFaults({ path: '/datacube/getbizsummary', kind: 'platform', action: 'expire-token' })
    const result = await collector().collect({ posts: [], window: { from: daysAgo(1), to: daysAgo(1) }, ctx })
    assert.equal(result.account.length, 1)
    assert.equal((await control.entries('token')).length, 2)
  })
})
