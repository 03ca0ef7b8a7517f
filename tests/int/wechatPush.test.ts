import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { z } from 'zod'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import type { Id } from '../helpers/fixtures'
import { makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { approvedArticle, readDelivery, deliveryOfEntry, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'

/**
 * WeChat pushes end to end through the fake: a 群发 of a lead and two more articles, the daily quota at
 * scheduling and on the platform, a push left as a draft, the callback's signature, an edit of a bundled
 * article, and phone previews.
 */
let world: SchedulerWorld
let worker: TestWorker
let editor = ''
let copywriter = ''

const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']
const pushRow = z.object({
  id: z.union([z.string(), z.number()]),
  state: z.string(),
  url: z.string().nullish(),
  msgId: z.string().nullish(),
  msgDataId: z.string().nullish(),
  massResult: z.unknown(),
  lastError: z.object({ message: z.string() }).passthrough().nullish(),
  handoff: z.object({ message: z.string() }).passthrough().nullish(),
  bundle: z.array(z.object({ article: z.unknown(), revision: z.string(), url: z.string().nullish() })).nullish(),
})
const readPush = async (id: Id) => pushRow.parse(await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true }))
const ledger = async (kind: string) => world.control.wechat.entries(kind)

/** A WeChat account of its own (the fake's credentials), so each test's quota is its own on our side. */
async function wechatAccount(name: string, settings: Record<string, unknown>): Promise<Id> {
  const data = fakeAccountData('wechat', name)
  return makeDoc({
    payload: world.cms.payload,
    collection: 'platform-accounts',
    data: { ...data, settings: { ...(data.settings as Record<string, unknown>), ...settings } },
  })
}

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()
// Tomorrow in the team's time zone at hour:00, so two slots an hour apart share one team day whatever the clock says now.
const tomorrow = (hour: number) =>
  zonedToUtc({
    date: addDays(zonedDate({ at: new Date(), timeZone: 'Asia/Shanghai' }), 1),
    time: `${String(8 + hour).padStart(2, '0')}:00`,
    timeZone: 'Asia/Shanghai',
  }).toISOString()

async function schedule(body: Record<string, unknown>) {
  return api<{ doc?: { id: Id; state: string }; errors?: { message: string }[] }>({
    url: world.cms.url,
    method: 'POST',
    path: '/api/calendar-entries',
    token: editor,
    body: { title: '推送', publishAt_tz: 'Asia/Shanghai', ...body },
  })
}

before(async () => {
  world = await startSchedulerWorld()
  editor = await login({ url: world.cms.url, email: world.team.editor.email, password: PASSWORD })
  copywriter = await login({ url: world.cms.url, email: world.team.copywriter.email, password: PASSWORD })
  worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

describe('WeChat 群发', () => {
  let massAccount: Id
  let sent: { delivery: Id; msgId: string }

  test(
    'a lead and two more articles: one draft holding the three in order, one sendall, three links from the callback',
    withWorkerLog(
      () => worker,
      async () => {
        massAccount = await wechatAccount('群发服务号', { accountType: 'service' })
        await world.control.wechat.configure({
          accountType: 'service',
          massPollsUntilFinal: 0,
          callbackUrl: `${world.cms.url}/api/platform-accounts/${massAccount}/callback`,
        })
        const lead = await approvedArticle(world, '头条 会员日')
        const second = await approvedArticle(world, '次条 门店地图')
        const third = await approvedArticle(world, '次条 会员答疑')
        const draftsBefore = (await ledger('draft')).length
        const sendsBefore = (await ledger('sendall')).length
        const created = await schedule({
          content: { relationTo: 'articles', value: lead.id },
          account: massAccount,
          bundle: [second.id, third.id],
          mode: 'mass',
          publishAt: inSeconds(4),
        })
        assert.equal(created.status, 201, JSON.stringify(created.body))
        const id = await deliveryOfEntry(world, created.body.doc!.id)
        const pinned = await readPush(id)
        assert.deepEqual(
          pinned.bundle?.map((row) => row.revision),
          [second.revision, third.revision],
        )
        const done = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 }).catch(async (error: unknown) => {
          // What the fake saw (get polls, the job's end, the callback and its answer) says which side stalled.
          const { entries, requests } = await world.control.wechat.ledger()
          const seen = entries.map((entry) => `${entry.kind}@${entry.at}`).join(', ')
          const asked = requests.map((request) => request.path.split('?')[0]).join(', ')
          throw new Error(`${String(error)}\nthe fake recorded: ${seen}\nand was asked: ${asked}`, { cause: error })
        })
        assert.equal(done.state, 'published', JSON.stringify(done.lastError))
        const push = await waitFor({
          what: 'three links on the delivery',
          timeoutMs: 15_000,
          check: async () => {
            const row = await readPush(id)
            // Both rows, not only every row there: on SQLite the worker rewrites the bundle without a
            // transaction (delete, then insert), so a read in between sees none.
            return row.url && row.bundle?.length === 2 && row.bundle.every((item) => item.url) ? row : null
          },
        })
        const sends = (await ledger('sendall')).slice(sendsBefore)
        assert.equal(sends.length, 1, 'exactly one sendall')
        const drafts = (await ledger('draft')).slice(draftsBefore)
        assert.equal(drafts.length, 1, 'one draft')
        assert.deepEqual(sends[0].data.titles, ['头条 会员日', '次条 门店地图', '次条 会员答疑'])
        assert.equal(sends[0].data.media_id, drafts[0].data.media_id)
        assert.equal(push.msgId, String(sends[0].data.msg_id))
        assert.equal(push.msgDataId, String(sends[0].data.msg_data_id))
        const links = [push.url, ...(push.bundle ?? []).map((row) => row.url)]
        assert.equal(new Set(links).size, 3)
        for (const [i, link] of links.entries()) assert.match(String(link), new RegExp(`idx=${i + 1}`))
        assert.ok(push.massResult, 'the send job report is kept')
        // Each article is marked published after the links are written, one after another.
        const statuses = async () =>
          Promise.all(
            [lead, second, third].map(async (article) => {
              const doc = await world.db.findByID({ collection: 'articles', id: article.id, depth: 0, overrideAccess: true })
              return `《${doc.title}》 ${doc.status}`
            }),
          )
        await waitFor({
          what: 'the three articles published',
          timeoutMs: 15_000,
          check: async () => (await statuses()).every((status) => status.endsWith(' published')),
        }).catch(async (error: unknown) => {
          throw new Error(`${String(error)}: ${(await statuses()).join(', ')}`, { cause: error })
        })
        sent = { delivery: id, msgId: String(push.msgId) }
      },
    ),
  )

  test('the callback with a bad signature is refused and changes nothing', async () => {
    const before = await readPush(sent.delivery)
    const xml =
      `<xml><ToUserName><![CDATA[gh_fake000001]]></ToUserName><FromUserName><![CDATA[x]]></FromUserName><CreateTime>1</CreateTime>` +
      `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>${sent.msgId}</MsgID>` +
      `<Status><![CDATA[err(20001)]]></Status><TotalCount>1</TotalCount><FilterCount>1</FilterCount><SentCount>0</SentCount><ErrorCount>1</ErrorCount>` +
      `<ArticleUrlResult><Count>1</Count><ResultList><item><ArticleIdx>1</ArticleIdx><ArticleUrl><![CDATA[http://evil.example/s]]></ArticleUrl></item></ResultList></ArticleUrlResult></xml>`
    const reply = await fetch(
      `${world.cms.url}/api/platform-accounts/${massAccount}/callback?signature=${'0'.repeat(40)}&timestamp=1&nonce=2`,
      { method: 'POST', headers: { 'content-type': 'text/xml' }, body: xml },
    )
    assert.equal(reply.status, 403)
    assert.deepEqual(await readPush(sent.delivery), before)
    const tooBig = await fetch(`${world.cms.url}/api/platform-accounts/${massAccount}/callback?signature=x&timestamp=1&nonce=2`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: 'x'.repeat(200_000),
    })
    assert.equal(tooBig.status, 413)
  })

  test('a second 群发 on a subscription account’s day is refused at scheduling; forced through, it fails once with the quota', async () => {
    const account = await wechatAccount('订阅号', { accountType: 'subscription' })
    const first = await approvedArticle(world, '今日推送')
    const second = await approvedArticle(world, '第二条推送')
    const planned = await schedule({ content: { relationTo: 'articles', value: first.id }, account, mode: 'mass', publishAt: tomorrow(1) })
    assert.equal(planned.status, 201, JSON.stringify(planned.body))
    const refused = await schedule({ content: { relationTo: 'articles', value: second.id }, account, mode: 'mass', publishAt: tomorrow(2) })
    assert.equal(refused.status, 400)
    assert.match(refused.body.errors?.[0]?.message ?? '', /已有一次群发（《今日推送》）.*每天只能群发 1 次.*发表不通知/)
    const asPublish = await schedule({
      content: { relationTo: 'articles', value: second.id },
      account,
      mode: 'publish',
      publishAt: tomorrow(2),
    })
    assert.equal(asPublish.status, 201, '发表不通知 uses no 群发 quota')

    const quota = await api<{ accounts: { account: Id; perDay?: number; days: Record<string, { used: number; remaining: number }> }[] }>({
      url: world.cms.url,
      method: 'GET',
      path: `/api/calendar-entries/push-quota?from=2026-01-01&to=2026-12-31`,
      token: copywriter,
    })
    assert.equal(quota.status, 400, 'at most 92 days')
    const day = new Date(Date.parse(tomorrow(1))).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
    const shown = await api<{ accounts: { account: Id; perDay?: number; days: Record<string, { used: number; remaining: number }> }[] }>({
      url: world.cms.url,
      method: 'GET',
      path: `/api/calendar-entries/push-quota?from=${day}&to=${day}`,
      token: copywriter,
    })
    assert.equal(shown.status, 200, JSON.stringify(shown.body))
    const row = shown.body.accounts.find((a) => String(a.account) === String(account))
    assert.deepEqual({ perDay: row?.perDay, day: row?.days[day] }, { perDay: 1, day: { used: 1, remaining: 0 } })

    // Forced through: a row written straight into the database, on a day the platform already sent one.
    await world.control.wechat.configure({ accountType: 'subscription' })
    const sendsBefore = (await ledger('sendall')).length
    const forced = await world.db.create({
      collection: 'deliveries',
      overrideAccess: true,
      disableTransaction: true,
      data: {
        content: { relationTo: 'articles', value: second.id },
        account,
        revision: second.revision,
        mode: 'mass',
        state: 'queued',
        attempts: 0,
      },
    })
    const queues = await import('../../scheduler/queues')
    await queues.enqueueDelivery({ deliveryId: forced.id, platform: 'wechat' })
    const failed = await waitForState(world, { id: forced.id, states: FINAL, timeoutMs: 60_000 })
    assert.equal(failed.state, 'failed')
    assert.match(failed.lastError?.message ?? '', /今日群发次数已用完/)
    assert.equal(failed.attempts, 1, 'never retried')
    await new Promise((resolve) => setTimeout(resolve, 6000))
    assert.equal((await readDelivery(world, forced.id)).state, 'failed')
    assert.equal((await ledger('sendall')).length, sendsBefore, 'nothing was sent')
  })

  test('a draft-only push ends with a draft and a hand-off; 确认已群发 records the link', async () => {
    const account = await wechatAccount('仅草稿号', { defaultPushMode: 'draft' })
    const article = await approvedArticle(world, '留在草稿箱')
    const draftsBefore = (await ledger('draft')).length
    const sendsBefore = (await ledger('sendall')).length
    const created = await api<{ doc?: { id: Id } }>({
      url: world.cms.url,
      method: 'POST',
      path: '/api/deliveries',
      token: editor,
      body: { content: { relationTo: 'articles', value: article.id }, account },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.doc!.id
    const manual = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 })
    assert.equal(manual.state, 'manual', JSON.stringify(manual.lastError))
    const push = await readPush(id)
    assert.equal(push.handoff?.message.includes('草稿箱'), true, push.handoff?.message)
    assert.equal((await ledger('draft')).length, draftsBefore + 1)
    assert.equal((await ledger('sendall')).length, sendsBefore)
    const confirmed = await api<{ state: string; url: string }>({
      url: world.cms.url,
      method: 'POST',
      path: `/api/deliveries/${id}/mark-published`,
      token: editor,
      body: { url: 'https://mp.weixin.qq.com/s/SENT_BY_HAND' },
    })
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body))
    assert.deepEqual(
      { state: confirmed.body.state, url: confirmed.body.url },
      { state: 'published', url: 'https://mp.weixin.qq.com/s/SENT_BY_HAND' },
    )
  })

  test('an edit of the second article of a scheduled bundle withdraws the whole push and says why', async () => {
    const account = await wechatAccount('撤回测试号', { accountType: 'service' })
    const lead = await approvedArticle(world, '周末头条')
    const second = await approvedArticle(world, '周末次条')
    const created = await schedule({
      content: { relationTo: 'articles', value: lead.id },
      account,
      bundle: [second.id],
      mode: 'mass',
      publishAt: tomorrow(3),
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const entry = created.body.doc!.id
    const id = await deliveryOfEntry(world, entry)
    assert.equal((await readPush(id)).state, 'queued')
    const edited = await api({
      url: world.cms.url,
      method: 'PATCH',
      path: `/api/articles/${second.id}`,
      token: editor,
      body: { body: '## 改过了\n\n新的正文。' },
    })
    assert.equal(edited.status, 200, JSON.stringify(edited.body))
    const push = await readPush(id)
    assert.equal(push.state, 'cancelled')
    assert.equal(push.lastError?.message, '《周末次条》在排期后被修改，整条群发已撤回，需重新审核后再排期。')
    const slot = await world.db.findByID({ collection: 'calendar-entries', id: entry, depth: 0, overrideAccess: true })
    assert.equal(slot.state, 'cancelled')
    const { docs: notes } = await world.db.find({
      collection: 'notifications',
      where: { kind: { equals: 'push_withdrawn' } },
      overrideAccess: true,
      depth: 0,
    })
    assert.ok(
      notes.some((note) => note.message.includes('《周末次条》在排期后被修改')),
      'the owner is told',
    )
  })
})

describe('phone preview', () => {
  test('an author previews their own unapproved draft; not someone else’s; without a WeChat ID they are told what to do', async () => {
    const account = await wechatAccount('预览号', {})
    // Written as the editor would leave them: with a cover, still drafts (never approved).
    const own = (await approvedArticle(world, '还在写的稿子')).id
    const others = (await approvedArticle(world, '编辑的稿子')).id
    await world.db.db.updateOne({ collection: 'articles', id: own, data: { status: 'draft', approvedVersion: null } })
    await world.db.db.updateOne({
      collection: 'articles',
      id: others,
      data: { status: 'draft', approvedVersion: null, owner: world.team.editor.id },
    })
    const preview = (content: Id, token: string) =>
      api<{ message?: string; errors?: { message: string }[] }>({
        url: world.cms.url,
        method: 'POST',
        path: `/api/platform-accounts/${account}/preview`,
        token,
        body: { content: { relationTo: 'articles', value: content } },
      })
    const noId = await preview(own, copywriter)
    assert.equal(noId.status, 400)
    assert.equal(noId.body.errors?.[0]?.message, '请先在「用户 → 我的资料」填写微信号，并关注该公众号')
    await world.db.update({
      collection: 'users',
      id: world.team.copywriter.id,
      data: { wechatId: 'copywriter_wx' },
      overrideAccess: true,
      disableTransaction: true,
    })
    const previewsBefore = (await ledger('preview')).length
    const sentOwn = await preview(own, copywriter)
    assert.equal(sentOwn.status, 200, JSON.stringify(sentOwn.body))
    const previews = (await ledger('preview')).slice(previewsBefore)
    assert.equal(previews.length, 1)
    assert.equal(previews[0].data.towxname, 'copywriter_wx')
    assert.deepEqual(previews[0].data.titles, ['还在写的稿子'])
    const refused = await preview(others, copywriter)
    assert.equal(refused.status, 403)
    assert.equal((await ledger('preview')).length, previewsBefore + 1)
  })
})
