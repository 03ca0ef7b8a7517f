import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createLocalReq, type PayloadRequest } from 'payload'
import { createTeam, type Id, makeDoc } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { addDays, zonedDate } from '../../lib/zonedTime'
import { readDaySheets } from '../../cms/analytics/metricDays/readDaySheets'
import { FOLLOWER_SHEETS, POST_SHEETS } from '../../cms/analytics/metricDays/sheetSources'

/**
 * The dashboard's stored day sheets never show older numbers than the rows: built from the rows,
 * stored once a day is quiet, rebuilt after a row of the day is written or deleted, and ignored when
 * written by another version of the code. Settling is shortened to 0 ms here (written rows count as
 * quiet at once) so the stored path is the one exercised.
 */
let cms: TestCms
let req: PayloadRequest
const deliveries: Id[] = []
const articles: Id[] = []
let account: Id
const today = zonedDate({ at: new Date(), timeZone: 'Asia/Shanghai' })
const day = (back: number) => addDays(today, -back)
const from = day(6)
const to = day(1)

const read = () => readDaySheets({ req, source: POST_SHEETS, from, to, settleMs: 0 })
const readersOf = async () =>
  Object.fromEntries(
    (await read()).map((row) => [`${row.date}:${row.delivery}`, row.readers]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  )
const stored = async () =>
  (
    await cms.payload.find({
      collection: 'metric-days',
      where: { kind: { equals: 'posts' } },
      overrideAccess: true,
      pagination: false,
      sort: 'date',
    })
  ).docs

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  const user = await cms.payload.findByID({ collection: 'users', id: team.editor.id, overrideAccess: true })
  req = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
  account = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'wechat', name: '日汇总服务号' },
  })
  for (let i = 0; i < 2; i++) {
    const article = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: `日汇总 ${i}`, body: '正文', owner: team.copywriter.id },
    })
    articles.push(article)
    const delivery = await cms.payload.create({
      collection: 'deliveries',
      overrideAccess: true,
      data: {
        content: { relationTo: 'articles', value: article },
        account,
        state: 'published',
        publishedAt: new Date().toISOString(),
        attempts: 1,
      },
    })
    deliveries.push(delivery.id)
    for (let back = 1; back <= 6; back++) {
      await cms.payload.create({
        collection: 'post-metrics',
        data: { delivery: delivery.id, date: day(back), readers: 100 * back + i, source: 'api', final: true },
      })
    }
  }
})
after(async () => {
  await cms?.close()
})

describe('day sheets of post-metrics', () => {
  test('the first read builds a sheet per day, empty days included, with exactly the rows', async () => {
    const rows = await read()
    assert.equal(rows.length, 12)
    const sheets = await stored()
    assert.deepEqual(
      sheets.map((sheet) => [sheet.date, sheet.count]),
      [6, 5, 4, 3, 2, 1].map((back) => [day(back), 2]),
    )
    assert.equal((await readersOf())[`${day(3)}:${deliveries[1]}`], 301)
  })

  test('a row written after its day was stored shows at once, and its day alone is rebuilt', async () => {
    const before = await stored()
    const row = (
      await cms.payload.find({
        collection: 'post-metrics',
        where: { and: [{ date: { equals: day(3) } }, { delivery: { equals: deliveries[0] } }] },
      })
    ).docs[0]
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cms.payload.update({ collection: 'post-metrics', id: row.id, data: { readers: 999 } })
    assert.equal((await readersOf())[`${day(3)}:${deliveries[0]}`], 999)
    const after = await stored()
    const changed = after.filter((sheet) => before.find((old) => old.date === sheet.date)?.validFrom !== sheet.validFrom)
    assert.deepEqual(
      changed.map((sheet) => sheet.date),
      [day(3)],
    )
  })

  test('a new row and a deleted row of a stored day are both seen', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5))
    const third = await cms.payload.create({
      collection: 'deliveries',
      overrideAccess: true,
      data: {
        content: { relationTo: 'articles', value: articles[0] },
        account,
        state: 'published',
        publishedAt: new Date().toISOString(),
        attempts: 1,
      },
    })
    await cms.payload.create({
      collection: 'post-metrics',
      data: { delivery: third.id, date: day(5), readers: 7, source: 'api', final: true },
    })
    assert.equal((await read()).length, 13)
    const gone = (
      await cms.payload.find({
        collection: 'post-metrics',
        where: { and: [{ date: { equals: day(2) } }, { delivery: { equals: deliveries[1] } }] },
      })
    ).docs[0]
    await cms.payload.delete({ collection: 'post-metrics', id: gone.id })
    const rows = await read()
    assert.equal(rows.length, 12)
    assert.ok(!rows.some((row) => row.date === day(2) && String(row.delivery) === String(deliveries[1])))
  })

  test('a sheet stored with other columns (an older build) is rebuilt, never misread', async () => {
    const sheet = (await stored()).find((candidate) => candidate.date === day(4))
    assert.ok(sheet)
    await cms.payload.db.updateOne({
      collection: 'metric-days',
      id: sheet.id,
      data: { columns: ['delivery'], rows: [[1]], validFrom: new Date(Date.now() - 60_000).toISOString() },
    })
    const rows = (await read()).filter((row) => row.date === day(4))
    assert.equal(rows.length, 2)
    assert.deepEqual(rows.map((row) => row.readers).sort(), [400, 401])
  })

  test('followers have day sheets of their own, and a corrected total shows at once', async () => {
    for (let back = 1; back <= 3; back++) {
      await cms.payload.create({
        collection: 'account-metrics',
        data: { account, date: day(back), followers: 1000 + back, source: 'api', final: true },
      })
    }
    const readFollowers = () => readDaySheets({ req, source: FOLLOWER_SHEETS, from: day(3), to: day(1), settleMs: 0 })
    assert.deepEqual(
      (await readFollowers()).map((row) => [row.date, row.account, row.followers]),
      [3, 2, 1].map((back) => [day(back), String(account), 1000 + back]),
    )
    const sheets = await cms.payload.find({ collection: 'metric-days', where: { kind: { equals: 'followers' } }, overrideAccess: true })
    assert.equal(sheets.totalDocs, 3)
    const row = (await cms.payload.find({ collection: 'account-metrics', where: { date: { equals: day(2) } } })).docs[0]
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cms.payload.update({ collection: 'account-metrics', id: row.id, data: { followers: 1500 } })
    assert.equal((await readFollowers()).find((candidate) => candidate.date === day(2))?.followers, 1500)
  })

  test('nobody writes a sheet through the API; anonymous reads none', async () => {
    const anonymous = await fetch(`${cms.url}/api/metric-days`)
    assert.ok(anonymous.status === 403 || ((await anonymous.json()) as { docs: unknown[] }).docs.length === 0)
    const created = await fetch(`${cms.url}/api/metric-days`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        key: 'posts:2020-01-01',
        kind: 'posts',
        date: '2020-01-01',
        columns: [],
        rows: [],
        count: 0,
        validFrom: new Date().toISOString(),
      }),
    })
    assert.equal(created.status, 403)
  })
})
