import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { addDays } from '../../lib/zonedTime'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWechatFake } from '../fakes/wechat'
import { fakeArticleStats, fakeFollowerDay } from '../fakes/wechat/datacubeNumbers'
import { daysAgo, publishDaysAgo } from './wechatStatsFixtures'
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

type Json = Record<string, unknown>
const token = async (): Promise<string> => {
  const body = { grant_type: 'client_credential', appid: WECHAT_CREDENTIALS.appId, secret: WECHAT_CREDENTIALS.appSecret }
  const reply = await fetch(`${fake.baseUrl}/cgi-bin/stable_token`, { method: 'POST', body: JSON.stringify(body) })
  return String(((await reply.json()) as Json).access_token)
}
const report = async (name: string, begin: string, end = begin): Promise<Json> => {
  const url = `${fake.baseUrl}/datacube/${name}?access_token=${await token()}`
  const reply = await fetch(url, { method: 'POST', body: JSON.stringify({ begin_date: begin, end_date: end }) })
  return (await reply.json()) as Json
}
const listOf = (reply: Json): Json[] => reply.list as Json[]

describe('wechat fake: datacube as analytics.md §2 describes it', () => {
  test('dates: end_date today or later, begin after end, a malformed day → 61500; a span past the report maximum → 61501', async () => {
    assert.equal((await report('getbizsummary', daysAgo(1), daysAgo(0))).errcode, 61500)
    assert.equal((await report('getusercumulate', daysAgo(1), daysAgo(2))).errcode, 61500)
    assert.equal((await report('getusercumulate', '2026/12/01', '2026/12/01')).errcode, 61500)
    assert.equal((await report('getusersummary', daysAgo(8), daysAgo(1))).errcode, 61501, '8 days > 7')
    assert.equal(listOf(await report('getusersummary', daysAgo(7), daysAgo(1))).length >= 7, true)
    assert.equal((await report('getbizsummary', daysAgo(31), daysAgo(1))).errcode, 61501, '31 days > 30')
    assert.equal((await report('getarticleread', daysAgo(2), daysAgo(1))).errcode, 61501, 'one day per call')
    assert.equal((await report('getarticletotaldetail', daysAgo(2), daysAgo(1))).errcode, 61501)
  })

  test('the legacy article reports answer 47009; an unverified account gets 48001; a configured daily quota gives 45009', async () => {
    for (const name of ['getarticlesummary', 'getarticletotal', 'getuserread', 'getuserreadhour', 'getusershare', 'getusersharehour']) {
      assert.equal((await report(name, daysAgo(1))).errcode, 47009, name)
    }
    const config = (await control.configure({})) as { dailyQuotas: Record<string, number> }
    await control.configure({ dailyQuotas: { ...config.dailyQuotas, '/datacube/getusercumulate': 1 } })
    assert.equal((await report('getusercumulate', daysAgo(1))).errcode, undefined)
    assert.equal((await report('getusercumulate', daysAgo(1))).errcode, 45009)
    await control.configure({ verified: false })
    assert.equal((await report('getbizsummary', daysAgo(1))).errcode, 48001)
  })

  test('every call is in the ledger with its dates and its answer', async () => {
    await report('getbizsummary', daysAgo(3), daysAgo(1))
    await report('getbizsummary', daysAgo(1), daysAgo(0))
    assert.deepEqual(
      (await control.entries('datacube')).map((entry) => entry.data),
      [
        { name: 'getbizsummary', begin_date: daysAgo(3), end_date: daysAgo(1), rows: 3, is_delay: false },
        { name: 'getbizsummary', begin_date: daysAgo(1), end_date: daysAgo(0), errcode: 61500 },
      ],
    )
  })

  test('getarticletotaldetail: one item per article of the message, totals growing for 30 days then no more rows; the read-out helper gives the same numbers', async () => {
    const mass = await publishDaysAgo({ fake, control, days: 40, mode: 'mass', extra: 1, key: 'old' })
    const reply = await report('getarticletotaldetail', mass.publishedOn)
    const items = listOf(reply)
    assert.deepEqual(
      items.map((item) => [item.msgid, item.publish_type, item.ref_date]),
      [
        [`${mass.msgDataId}_1`, 0, mass.publishedOn],
        [`${mass.msgDataId}_2`, 0, mass.publishedOn],
      ],
    )
    const rows = items[0].detail_list as Json[]
    assert.equal(rows.length, 30)
    assert.equal(rows[29].stat_date, addDays(mass.publishedOn, 29))
    const reads = rows.map((row) => Number(row.read_user))
    assert.ok(
      reads.every((value, i) => i === 0 || value >= reads[i - 1]),
      'cumulative',
    )
    const { entries } = await control.ledger()
    const expected = fakeArticleStats({ entries, msgid: `${mass.msgDataId}_1`, date: String(rows[5].stat_date) })
    assert.equal(rows[5].read_user, expected.totals?.readers)
    assert.equal(rows[5].share_user, expected.totals?.shares)
    const push = (rows[5].read_user_source as Json[]).find((source) => source.scene_desc === '公众号消息')
    assert.equal(push?.user_count, expected.totals?.pushReaders)
    const previous = fakeArticleStats({ entries, msgid: `${mass.msgDataId}_1`, date: String(rows[4].stat_date) })
    assert.equal(expected.day.readers, expected.totals!.readers - previous.totals!.readers, "the day's own readers are the difference")
  })

  test('a 发表 is publish_type 1; getarticleread lists what was read that day; an unknown msgid is refused by the helper', async () => {
    const published = await publishDaysAgo({ fake, control, days: 2, mode: 'publish', key: 'p' })
    assert.equal(listOf(await report('getarticletotaldetail', published.publishedOn))[0].publish_type, 1)
    const reads = listOf(await report('getarticleread', daysAgo(1)))
    const { entries } = await control.ledger()
    const day = fakeArticleStats({ entries, msgid: `${published.msgDataId}_1`, date: daysAgo(1) }).day
    assert.deepEqual(reads[0], {
      ref_date: daysAgo(1),
      msgid: `${published.msgDataId}_1`,
      detail: { read_user: day.readers, read_user_source: reads[0] && (reads[0].detail as Json).read_user_source },
    })
    assert.throws(() => fakeArticleStats({ entries, msgid: '999_1', date: daysAgo(1) }), /no msg_data_id/)
  })

  test('a delayed day: is_delay true and half its numbers, until cleared; a missing day is left out', async () => {
    const mass = await publishDaysAgo({ fake, control, days: 3, mode: 'mass', key: 'm' })
    await control.configure({ datacube: { delayedDates: [daysAgo(1)] } })
    const delayed = await report('getarticletotaldetail', mass.publishedOn)
    assert.equal(delayed.is_delay, true)
    await control.configure({ datacube: { delayedDates: [] } })
    const final = await report('getarticletotaldetail', mass.publishedOn)
    assert.equal(final.is_delay, false)
    const last = (reply: Json) => (listOf(reply)[0].detail_list as Json[]).at(-1)
    assert.ok(Number(last(delayed)?.read_user) < Number(last(final)?.read_user))
    await control.configure({ datacube: { missingDates: [daysAgo(1)] } })
    assert.deepEqual(
      listOf(await report('getusercumulate', daysAgo(2), daysAgo(1))).map((row) => row.ref_date),
      [daysAgo(2)],
    )
    assert.deepEqual(listOf(await report('getarticleread', daysAgo(1))), [])
  })

  test('followers: one row per source and date; the total moves by new − cancelled', async () => {
    const summary = listOf(await report('getusersummary', daysAgo(2), daysAgo(1)))
    const totals = listOf(await report('getusercumulate', daysAgo(2), daysAgo(1)))
    const net = summary
      .filter((row) => row.ref_date === daysAgo(1))
      .reduce((sum, row) => sum + Number(row.new_user) - Number(row.cancel_user), 0)
    assert.equal(Number(totals[1].cumulate_user) - Number(totals[0].cumulate_user), net)
    assert.equal(totals[1].cumulate_user, fakeFollowerDay({ appId: WECHAT_CREDENTIALS.appId, date: daysAgo(1) }).followers)
  })
})
