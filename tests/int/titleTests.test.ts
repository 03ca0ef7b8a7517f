import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { titleTestReply } from '../../cms/admin/TitleTestResults/titleTestReply'
import { addDays, zonedDate } from '../../lib/zonedTime'
import { type OpenAiFake, startOpenAiFake } from '../fakes/openai'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { readDelivery, deliveryOfEntry, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'

/**
 * Title tests end to end: an article with two candidates goes out under a different title per slot
 * (two Weibo accounts and a WeChat account, through the calendar, the worker and the fakes), each
 * delivery records its title, the numbers written as the collector writes them name the winner, the
 * titles task is shown the team's past winners, and a candidate is scanned and reviewed like the title.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']
let world: SchedulerWorld
let worker: TestWorker
let openai: OpenAiFake
let editor = ''
let copywriter = ''

type TitleTestBody = {
  candidates: { variant: number; title: string; placements: { delivery: Id; account: { name: string } | null; state: string }[] }[]
  verdict: { outcome: string; winner: number | null; reason: string; platforms: { platform: string; metric: string | null }[] }
  errors?: { message: string }[]
}

/** An article owned by the copywriter, approved by the editor through the review endpoint (which pins the revision). */
async function approvedArticle(args: { title: string; candidates: string[] }): Promise<Id> {
  const bytes = fs.readFileSync(path.join(here, '../../cms/seed/assets/cover-double12.jpg'))
  const cover = await world.db.create({
    collection: 'media',
    overrideAccess: true,
    disableTransaction: true,
    data: { alt: '封面' },
    file: { data: bytes, mimetype: 'image/jpeg', name: `cover-${Date.now()}.jpg`, size: bytes.length },
  })
  const id = await makeDoc({
    payload: world.cms.payload,
    collection: 'articles',
    data: {
      title: args.title,
      titleCandidates: args.candidates.map((title) => ({ title })),
      body: '## 会员日\n\n全场满 199 减 30，门店自提再减 5 元。',
      digest: '会员日满减攻略',
      cover: cover.id,
      status: 'in_review',
      owner: world.team.copywriter.id,
    },
  })
  const approved = await api({
    url: world.cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: editor,
    body: { event: 'approve' },
  })
  assert.equal(approved.status, 200, JSON.stringify(approved.body))
  return id
}

const schedule = (body: Record<string, unknown>) =>
  api<{ doc?: { id: Id }; errors?: { message: string }[] }>({
    url: world.cms.url,
    method: 'POST',
    path: '/api/calendar-entries',
    token: editor,
    body: { title: '标题测试', publishAt_tz: 'Asia/Shanghai', ...body },
  })

const titleTest = (id: Id, token = copywriter) =>
  api<TitleTestBody>({ url: world.cms.url, method: 'GET', path: `/api/analytics/title-tests/articles/${id}`, token })

before(async () => {
  openai = await startOpenAiFake({ apiKey: 'sk-test-titles' })
  process.env.OPENAI_BASE_URL = openai.baseUrl
  process.env.OPENAI_API_KEY = 'sk-test-titles'
  world = await startSchedulerWorld()
  editor = await login({ url: world.cms.url, email: world.team.editor.email, password: PASSWORD })
  copywriter = await login({ url: world.cms.url, email: world.team.copywriter.email, password: PASSWORD })
  worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
  await openai?.close()
})

describe('title tests', () => {
  let article: Id
  const deliveries: Record<number, Id> = {}

  test(
    'each slot sends its own title: the fakes receive it, the deliveries record it',
    withWorkerLog(
      () => worker,
      async () => {
        article = await approvedArticle({ title: '会员日来了', candidates: ['满 199 减 30 怎么用', '门店自提再减 5 元'] })
        const weiboB = await makeDoc({
          payload: world.cms.payload,
          collection: 'platform-accounts',
          data: fakeAccountData('weibo', '测试微博二号'),
        })
        // Past its candidates: refused as the slot is saved, in words.
        const refused = await schedule({
          content: { relationTo: 'articles', value: article },
          account: world.accounts.weibo,
          publishAt: new Date(Date.now() + 60_000).toISOString(),
          titleVariant: 4,
        })
        assert.equal(refused.status, 400, JSON.stringify(refused.body))
        assert.match(String(refused.body.errors?.[0]?.message), /^选用的是标题 4，但《会员日来了》只有 2 个备选标题（标题 2–3）/)

        const at = new Date(Date.now() + 4000).toISOString()
        const slots = [
          { account: world.accounts.weibo, titleVariant: undefined },
          { account: weiboB, titleVariant: 2 },
          { account: world.accounts.wechat, titleVariant: 3 },
        ]
        for (const slot of slots) {
          const reply = await schedule({
            content: { relationTo: 'articles', value: article },
            account: slot.account,
            publishAt: at,
            titleVariant: slot.titleVariant,
          })
          assert.equal(reply.status, 201, JSON.stringify(reply.body))
          deliveries[slot.titleVariant ?? 1] = await deliveryOfEntry(world, reply.body.doc!.id)
        }
        for (const id of Object.values(deliveries)) {
          const done = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 })
          assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        }
        const posts = (await world.control.weibo.entries('post')).map((entry) => String(entry.data.text))
        assert.equal(posts.length, 2)
        assert.ok(
          posts.some((text) => text.startsWith('【会员日来了】')),
          posts.join('\n'),
        )
        assert.ok(
          posts.some((text) => text.startsWith('【满 199 减 30 怎么用】')),
          posts.join('\n'),
        )
        const [draft] = await world.control.wechat.entries('draft')
        const articles = draft.data.articles as { title: string }[]
        assert.equal(articles[0].title, '门店自提再减 5 元')
        for (const [variant, id] of Object.entries(deliveries)) {
          const stored = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
          assert.equal(stored.titleVariant ?? 1, Number(variant))
        }
      },
    ),
  )

  test('the numbers name the winner: 数据不足 until every post has final numbers two days after publishing, then the higher average wins', async () => {
    const published = await world.db.findByID({ collection: 'deliveries', id: deliveries[1], depth: 0, overrideAccess: true })
    const day0 = zonedDate({ at: new Date(String(published.publishedAt)), timeZone: 'Asia/Shanghai' })
    // As the collector writes them: no user, source api, the day's own numbers.
    const write = async (delivery: Id, offset: number, likes: number, final = true) => {
      const date = addDays(day0, offset)
      const data = { likes, comments: 1, reposts: 0, source: 'api' as const, final, fetchedAt: new Date().toISOString() }
      const { docs } = await world.db.find({
        collection: 'post-metrics',
        where: { key: { equals: `${delivery}:1:${date}` } },
        limit: 1,
        overrideAccess: true,
      })
      if (docs[0])
        await world.db.update({ collection: 'post-metrics', id: docs[0].id, overrideAccess: true, disableTransaction: true, data })
      else
        await world.db.create({
          collection: 'post-metrics',
          overrideAccess: true,
          disableTransaction: true,
          data: { delivery, position: 1, date, ...data },
        })
    }
    for (const offset of [0, 1, 2]) await write(deliveries[2], offset, 30)
    await write(deliveries[1], 0, 10)
    await write(deliveries[1], 1, 5, false)

    const early = await titleTest(article)
    assert.equal(early.status, 200, JSON.stringify(early.body))
    assert.equal(early.body.verdict.outcome, 'insufficient')
    assert.match(early.body.verdict.reason, /^数据不足/)

    await write(deliveries[1], 1, 5)
    await write(deliveries[1], 2, 5)
    const decided = await titleTest(article)
    assert.equal(decided.body.verdict.outcome, 'winner', decided.body.verdict.reason)
    assert.equal(decided.body.verdict.winner, 2)
    // The results panel reads exactly this shape.
    assert.ok(titleTestReply.safeParse(decided.body).success, JSON.stringify(titleTestReply.safeParse(decided.body).error?.issues))
    assert.deepEqual(
      decided.body.verdict.platforms.map((p) => [p.platform, p.metric]),
      [
        ['wechat', null],
        ['weibo', 'interactions'],
      ],
    )
    assert.deepEqual(
      decided.body.candidates.map((c) => [c.variant, c.title, c.placements.map((p) => p.account?.name)]),
      [
        [1, '会员日来了', ['测试微博']],
        [2, '满 199 减 30 怎么用', ['测试微博二号']],
        [3, '门店自提再减 5 元', ['测试公众号']],
      ],
    )
    assert.equal((await titleTest(article, '')).status, 401)
    assert.equal(
      (await api({ url: world.cms.url, method: 'GET', path: '/api/analytics/title-tests/posters/1', token: copywriter })).status,
      404,
    )
  })

  test('the titles task is shown the team’s past winners (过往标题测试)', async () => {
    openai.reply({ task: 'titles', reply: { content: JSON.stringify({ titles: [{ title: '周六会员日，满减怎么用', angle: '利益点' }] }) } })
    const reply = await api({
      url: world.cms.url,
      method: 'POST',
      path: '/api/assist/titles',
      token: copywriter,
      body: { text: '周六会员日，全场满减。', platform: 'weibo' },
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const request = openai.requests().at(-1)
    assert.ok(request)
    const prompt = request.messages.map((m) => m.content).join('\n')
    assert.match(prompt, /过往标题测试/)
    assert.ok(prompt.includes('胜出「满 199 减 30 怎么用」（每条平均互动数 93）；落败「会员日来了」（23）'), prompt)
  })

  test('the worker refuses a delivery whose title is not in the pinned revision, and sends nothing', async () => {
    const { enqueueDelivery } = await import('../../scheduler/queues')
    const before = (await world.control.weibo.entries('post')).length
    const stored = await world.db.findByID({ collection: 'deliveries', id: deliveries[1], depth: 0, overrideAccess: true })
    // Written straight into the database (no slot checked it): a candidate the revision does not have.
    const row = await world.db.create({
      collection: 'deliveries',
      overrideAccess: true,
      disableTransaction: true,
      data: {
        content: { relationTo: 'articles', value: article },
        account: world.accounts.weibo,
        revision: stored.revision,
        titleVariant: 5,
        state: 'queued',
        attempts: 0,
      },
    })
    await enqueueDelivery({ deliveryId: row.id, platform: 'weibo', runAt: new Date() })
    const done = await waitForState(world, { id: row.id, states: FINAL, timeoutMs: 30_000 })
    assert.equal(done.state, 'failed')
    assert.match(String(done.lastError?.message), /选用的是标题 5.*没有发送到平台/)
    assert.equal((await world.control.weibo.entries('post')).length, before)
    assert.equal((await readDelivery(world, row.id)).state, 'failed')
  })

  test('a Toutiao article goes out as a hand-off with its chosen title, listing the other titles for 头条「双标题」', async () => {
    const reply = await schedule({
      content: { relationTo: 'articles', value: article },
      account: world.accounts.toutiao,
      publishAt: new Date(Date.now() + 3000).toISOString(),
      titleVariant: 2,
    })
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const id = await deliveryOfEntry(world, reply.body.doc!.id)
    const done = await waitForState(world, { id, states: FINAL, timeoutMs: 30_000 })
    assert.equal(done.state, 'manual', JSON.stringify(done.lastError))
    const stored = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
    const handoff = JSON.stringify(stored.handoff)
    assert.ok(handoff.includes('"title":"满 199 减 30 怎么用"'), handoff)
    assert.ok(handoff.includes('备选标题：「会员日来了」「门店自提再减 5 元」'), handoff)
  })
})

describe('candidates are text the audience sees', () => {
  test('a forbidden word in a candidate blocks submit, naming the candidate', async () => {
    const id = await makeDoc({
      payload: world.cms.payload,
      collection: 'articles',
      data: { title: '会员日', titleCandidates: [{ title: '全网最低价 会员日' }], body: '正文', owner: world.team.copywriter.id },
    })
    const reply = await api<{ errors?: { message: string }[] }>({
      url: world.cms.url,
      method: 'POST',
      path: `/api/articles/${id}/transition`,
      token: copywriter,
      body: { event: 'submit' },
    })
    assert.equal(reply.status, 400, JSON.stringify(reply.body))
    assert.match(String(reply.body.errors?.[0]?.message), /全网最/)
    const stored = await world.db.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true, showHiddenFields: true })
    assert.equal(stored.status, 'draft')
    const rows = Array.isArray(stored.findings) ? stored.findings : []
    assert.ok(
      rows.some((row) => row && typeof row === 'object' && 'fieldLabel' in row && row.fieldLabel === '标题 2（备选标题）'),
      JSON.stringify(rows),
    )
  })

  test('editing a candidate of approved work sends it back to review', async () => {
    const id = await approvedArticle({ title: '门店地图', candidates: ['到店路线一图看懂'] })
    const reply = await api({
      url: world.cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}`,
      token: editor,
      body: { titleCandidates: [{ title: '到店路线，一图看懂' }] },
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    const stored = await world.db.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })
    assert.equal(stored.status, 'in_review')
  })
})
