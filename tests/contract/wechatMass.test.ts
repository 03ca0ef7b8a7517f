import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { unconfirmedPlan } from '../../cms/delivery/postStep'
import { retryDecision } from '../../cms/delivery/retryPolicy'
import { ConfigError, OutcomeUnknownError, QuotaExceededError, RateLimitedError } from '../../publishers/core/errors'
import { createWechatPublisher } from '../../publishers/wechat'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { countKinds } from './assets'
import { createTestContext, SimulatedCrash } from './harness'
import { WECHAT_BUNDLE_ASSETS, WECHAT_CREDENTIALS, wechatMassRequest, wechatRequest } from './wechatFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWechatFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const publisher = () => createWechatPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const context = (extra: Partial<Parameters<typeof createTestContext>[0]> = {}) =>
  createTestContext({ credentials: WECHAT_CREDENTIALS, assets: WECHAT_BUNDLE_ASSETS, ...extra })
const counts = async () => countKinds((await control.ledger()).entries)
const sendalls = () => control.entries('sendall')

describe('wechat 群发 (mass send) through the fake', () => {
  test('3-article 群发: one draft/add holding the 3 articles in order, one sendall, every id recorded as it exists', async () => {
    const seen: string[] = []
    const { ctx, recorded } = context({
      onRecord: async ({ key }) => {
        const c = await counts()
        seen.push(`${key}: drafts=${c.draft ?? 0} sendalls=${c.sendall ?? 0}`)
      },
    })
    const request = wechatMassRequest({ extra: 2 })
    const outcome = await publisher().publish({ request, ctx })
    assert.equal(outcome.state, 'processing')
    assert.deepEqual(seen, [
      'image:/media/a.jpg?w=1&h=2: drafts=0 sendalls=0',
      'image:https://cdn.example.com/b.png: drafts=0 sendalls=0',
      'cover: drafts=0 sendalls=0',
      'b1:image:/media/bundle-1.jpg: drafts=0 sendalls=0',
      'b1:cover: drafts=0 sendalls=0',
      'b2:image:/media/bundle-2.jpg: drafts=0 sendalls=0',
      'b2:cover: drafts=0 sendalls=0',
      'draft: drafts=1 sendalls=0',
      'clientmsgidAt: drafts=1 sendalls=0',
      'clientmsgid: drafts=1 sendalls=0',
      'msgId: drafts=1 sendalls=1',
      'msgDataId: drafts=1 sendalls=1',
    ])
    const c = await counts()
    assert.equal(c.draft, 1)
    assert.equal(c.sendall, 1)
    assert.equal(c.material, 3, 'one cover per article')
    const [draft] = await control.entries('draft')
    const articles = draft?.data.articles as Record<string, unknown>[]
    assert.deepEqual(
      articles.map((article) => article.title),
      ['618 会员日：新人福利上线', '次条 1：会员日攻略', '次条 2：会员日攻略'],
    )
    assert.deepEqual(
      articles.map((article) => article.thumb_media_id),
      [recorded.cover, recorded['b1:cover'], recorded['b2:cover']],
    )
    assert.ok(
      articles.every((article) => article.digest === undefined),
      'multi-article messages carry no digest',
    )
    assert.ok(String(articles[1]?.content).includes(`src="${recorded['b1:image:/media/bundle-1.jpg']}"`))
    const [sendall] = await sendalls()
    assert.equal(sendall?.data.media_id, recorded.draft)
    assert.deepEqual(sendall?.data.filter, { is_to_all: true })
    assert.equal(sendall?.data.clientmsgid, recorded.clientmsgid)
    assert.match(recorded.clientmsgid ?? '', /^[\x21-\x7e]{1,32}$/, 'at most 32 ASCII characters')
    assert.equal(recorded.msgId, sendall?.data.msg_id)
    assert.equal(recorded.msgDataId, sendall?.data.msg_data_id)
  })

  test('the clientmsgid follows the dedupe key: same key same id, another key another id', async () => {
    const one = context()
    await publisher().publish({ request: wechatMassRequest(), ctx: one.ctx })
    await control.reset()
    const again = context()
    await publisher().publish({ request: wechatMassRequest(), ctx: again.ctx })
    await control.reset()
    const other = context()
    await publisher().publish({ request: wechatMassRequest({ push: { dedupeKey: 'delivery-1#2' } }), ctx: other.ctx })
    assert.equal(one.recorded.clientmsgid, again.recorded.clientmsgid)
    assert.notEqual(one.recorded.clientmsgid, other.recorded.clientmsgid)
  })

  test('to one follower tag when the entry names one; an unknown tag is an account/entry problem', async () => {
    const { ctx } = context()
    await publisher().publish({ request: wechatMassRequest({ push: { tagId: '100' } }), ctx })
    assert.deepEqual((await sendalls())[0]?.data.filter, { is_to_all: false, tag_id: 100 })
    await control.reset()
    await assert.rejects(publisher().publish({ request: wechatMassRequest({ push: { tagId: '999' } }), ctx: context().ctx }), (error) => {
      assert.ok(error instanceof ConfigError)
      assert.equal(error.code, '45159')
      return true
    })
    const refused = publisher().validate({ request: wechatMassRequest({ push: { tagId: '星标' } }) })
    assert.ok(refused.some((issue) => issue.severity === 'error' && issue.message.includes('粉丝标签')))
  })

  test('sendall commits, the answer is lost: unknown outcome, replay judged safe, 45066 waits a minute, 45065 adopts the msg_id: one send', async () => {
    await control.addFaults({ path: '/cgi-bin/message/mass/sendall', kind: 'hang-after-commit' })
    const first = context()
    await assert.rejects(publisher().publish({ request: wechatMassRequest({ extra: 2 }), ctx: first.ctx }), OutcomeUnknownError)
    assert.equal((await sendalls()).length, 1, 'the fake sent it')
    assert.ok(first.recorded.clientmsgid && first.recorded.draft && first.recorded.msgId === undefined)
    assert.equal(
      unconfirmedPlan({ publisher: 'wechat', remoteIds: first.recorded, canCheckStatus: true }),
      'requeue',
      'the recorded clientmsgid makes a replay safe',
    )

    const tooSoon = context({ remoteIds: first.recorded })
    await assert.rejects(publisher().publish({ request: wechatMassRequest({ extra: 2 }), ctx: tooSoon.ctx }), (error) => {
      assert.ok(error instanceof RateLimitedError)
      assert.equal(error.code, '45066')
      assert.ok(error.retryAfterMs >= 60_000)
      return true
    })

    await control.advanceClock(61_000)
    const replay = context({ remoteIds: tooSoon.recorded })
    const outcome = await publisher().publish({ request: wechatMassRequest({ extra: 2 }), ctx: replay.ctx })
    assert.equal(outcome.state, 'processing')
    const [sent] = await sendalls()
    assert.equal(replay.recorded.msgId, sent?.data.msg_id, 'the existing job adopted')
    assert.equal((await sendalls()).length, 1, 'exactly one send')
    assert.equal((await counts()).draft, 1, 'no second draft')
    assert.deepEqual(
      (await control.entries('sendall-repeat')).map((entry) => entry.data.tooFast),
      [true, false],
    )
  })

  test('the same with the late answer arriving after the client gave up (delay-after-commit)', async () => {
    await control.addFaults({ path: '/cgi-bin/message/mass/sendall', kind: 'delay-after-commit', ms: 1_500 })
    const first = context()
    await assert.rejects(publisher().publish({ request: wechatMassRequest(), ctx: first.ctx }), OutcomeUnknownError)
    await control.advanceClock(61_000)
    const replay = context({ remoteIds: first.recorded })
    assert.equal((await publisher().publish({ request: wechatMassRequest(), ctx: replay.ctx })).state, 'processing')
    assert.equal((await sendalls()).length, 1)
  })

  test('a lost answer found more than 23 hours later is not replayed (WeChat dedupes 24 hours only): a person checks 群发记录', async () => {
    await control.addFaults({ path: '/cgi-bin/message/mass/sendall', kind: 'hang-after-commit' })
    const first = context()
    await assert.rejects(publisher().publish({ request: wechatMassRequest(), ctx: first.ctx }), OutcomeUnknownError)
    const dayLater = context({ remoteIds: first.recorded })
    const outcome = await publisher().publish({
      request: wechatMassRequest(),
      ctx: { ...dayLater.ctx, now: () => Date.now() + 23.5 * 3_600_000 },
    })
    assert.equal(outcome.state, 'manual')
    assert.match(outcome.state === 'manual' ? outcome.message : '', /群发记录.*确认已群发/)
    assert.equal((await control.requests()).filter((request) => request.path === '/cgi-bin/message/mass/sendall').length, 1)
  })

  test('a replay WeChat refuses (its quota check came first, say) may hide a send that went: a person checks instead of a failure', async () => {
    await control.addFaults({ path: '/cgi-bin/message/mass/sendall', kind: 'hang-after-commit' })
    const first = context()
    await assert.rejects(publisher().publish({ request: wechatMassRequest(), ctx: first.ctx }), OutcomeUnknownError)
    await control.advanceClock(61_000)
    await control.addFaults({
      path: '/cgi-bin/message/mass/sendall',
      kind: 'reply',
      json: { errcode: 45028, errmsg: 'has no masssend quota hint: [FAKE]' },
    })
    const replay = context({ remoteIds: first.recorded })
    const outcome = await publisher().publish({ request: wechatMassRequest(), ctx: replay.ctx })
    assert.equal(outcome.state, 'manual')
    assert.match(outcome.state === 'manual' ? outcome.message : '', /上一次很可能已经发出.*群发记录/)
  })

  test('a first attempt refused for the quota is definite: the next day the same push goes out', async () => {
    await publisher().publish({ request: wechatMassRequest(), ctx: context().ctx })
    const request = wechatMassRequest({ push: { dedupeKey: 'delivery-2#1' } })
    const refused = context()
    await assert.rejects(publisher().publish({ request, ctx: refused.ctx }), QuotaExceededError)
    assert.equal(refused.recorded.clientmsgidAt, '', 'nothing pending under this clientmsgid')
    await control.advanceClock(86_400_000)
    const nextDay = context({ remoteIds: refused.recorded })
    assert.equal((await publisher().publish({ request, ctx: nextDay.ctx })).state, 'processing')
    assert.equal((await sendalls()).length, 2)
  })

  test('a crash after each recorded id resumes without a second upload, draft or send', async () => {
    const request = wechatMassRequest({ extra: 1 })
    for (let step = 1; step <= 10; step += 1) {
      await control.reset()
      const crashed = context({ crashAfterRecords: step })
      await assert.rejects(publisher().publish({ request, ctx: crashed.ctx }), SimulatedCrash)
      const resumed = context({ remoteIds: crashed.recorded })
      assert.equal((await publisher().publish({ request, ctx: resumed.ctx })).state, 'processing', `crash after record #${step}`)
      const { token: _token, ...rest } = await counts()
      assert.deepEqual(rest, { uploadimg: 3, material: 2, draft: 1, sendall: 1 }, `crash after record #${step}`)
    }
  })

  test('45028: a second 群发 the same day fails once with the quota message and is never retried', async () => {
    await publisher().publish({ request: wechatMassRequest(), ctx: context().ctx })
    const second = context()
    const request = wechatMassRequest({ push: { dedupeKey: 'delivery-2#1' } })
    let quota: unknown
    await assert.rejects(publisher().publish({ request, ctx: second.ctx }), (error) => {
      quota = error
      assert.ok(error instanceof QuotaExceededError)
      assert.equal(error.code, '45028')
      assert.match(error.message, /今日群发次数已用完/)
      assert.match(error.platformMessage ?? '', /has no masssend quota/)
      return true
    })
    assert.deepEqual(retryDecision({ error: quota, attempts: 1 }), { retry: false })
    assert.equal((await sendalls()).length, 1)

    await control.addFaults({
      path: '/cgi-bin/message/mass/sendall',
      kind: 'reply',
      json: { errcode: 45028, errmsg: 'has no masssend quota hint: [FAKE]' },
    })
    const service = wechatMassRequest({ push: { dedupeKey: 'delivery-3#1' } })
    const serviceRequest = { ...service, settings: { ...service.settings, accountType: 'service' as const } }
    await assert.rejects(publisher().publish({ request: serviceRequest, ctx: context().ctx }), /本月群发次数已用完/)
  })

  test('48001 on sendall (unverified account): the draft stays in 草稿箱 and a person sends it (manual)', async () => {
    await control.configure({ verified: false })
    const { ctx, recorded } = context()
    const outcome = await publisher().publish({ request: wechatMassRequest({ extra: 1 }), ctx })
    assert.equal(outcome.state, 'manual')
    if (outcome.state !== 'manual') return
    assert.equal(outcome.link, 'https://mp.weixin.qq.com/')
    assert.match(outcome.message, /未认证.*48001/)
    assert.match(outcome.message, /内容管理 → 草稿箱/)
    assert.match(outcome.message, /《618 会员日：新人福利上线》《次条 1：会员日攻略》/)
    assert.match(outcome.message, /确认已群发/)
    assert.ok(recorded.draft)
    assert.equal((await sendalls()).length, 0)
  })

  test('draft mode: stops after draft/add with the hand-off; a rerun creates no second draft', async () => {
    const request = wechatMassRequest({ extra: 2, push: { mode: 'draft' } })
    const { ctx, recorded } = context()
    const outcome = await publisher().publish({ request, ctx })
    assert.equal(outcome.state, 'manual')
    if (outcome.state !== 'manual') return
    assert.match(outcome.message, /3 篇组合图文（依次为《618 会员日：新人福利上线》《次条 1：会员日攻略》《次条 2：会员日攻略》）/)
    assert.match(outcome.message, /公众号后台.*内容管理 → 草稿箱.*群发.*确认已群发/)
    assert.deepEqual(Object.keys(recorded).includes('clientmsgid'), false)
    const again = await publisher().publish({ request, ctx: context({ remoteIds: recorded }).ctx })
    assert.equal(again.state, 'manual')
    const c = await counts()
    assert.equal(c.draft, 1)
    assert.equal(c.sendall, undefined)
    assert.equal(c.publish, undefined)
  })

  test('status by mass/get: SENDING → processing; SEND_SUCCESS waits for the links a bounded number of polls, then published with a note', async () => {
    const { ctx, recorded } = context()
    const p = publisher()
    await p.publish({ request: wechatMassRequest({ extra: 2 }), ctx })
    const poll = (attempt: number, remoteIds = recorded) => p.checkStatus!({ remoteIds: { ...remoteIds }, ctx, attempt })
    assert.deepEqual(await poll(0), { state: 'processing', remoteIds: recorded, pollAfterMs: 10_000 }, 'SENDING')
    for (let attempt = 1; attempt < 5; attempt += 1)
      assert.equal((await poll(attempt)).state, 'processing', `no links yet, poll ${attempt}`)
    const late = await poll(5)
    assert.equal(late.state, 'published')
    assert.equal(late.state === 'published' && late.url, undefined)
    assert.match(late.state === 'published' ? (late.note ?? '') : '', /MASSSENDJOBFINISH/)

    // The CMS records the callback's links as url / url:<i>; then the push is published with every link.
    const links = {
      url: 'http://mp.weixin.qq.com/s?idx=1',
      'url:1': 'http://mp.weixin.qq.com/s?idx=2',
      'url:2': 'http://mp.weixin.qq.com/s?idx=3',
    }
    const before = (await control.requests()).length
    const done = await poll(1, { ...recorded, ...links })
    assert.deepEqual(done.state === 'published' && done.articleUrls, [links.url, links['url:1'], links['url:2']])
    assert.equal((await control.requests()).length, before, 'a recorded lead link needs no call')
  })

  test('status: SEND_FAIL and DELETE end as failed in Chinese; an unknown msg_id is 40059', async () => {
    await control.configure({ massFinalStatus: 'SEND_FAIL', massPollsUntilFinal: 0 })
    const { ctx, recorded } = context()
    const p = publisher()
    await p.publish({ request: wechatMassRequest(), ctx })
    const failed = await p.checkStatus!({ remoteIds: recorded, ctx })
    assert.equal(failed.state, 'failed')
    assert.match(failed.state === 'failed' ? failed.reason : '', /^群发失败/)

    await control.reset()
    await control.configure({ massPollsUntilFinal: 0 })
    const sent = context()
    await p.publish({ request: wechatMassRequest(), ctx: sent.ctx })
    await p.checkStatus!({ remoteIds: sent.recorded, ctx: sent.ctx })
    const token = (await (
      await fetch(`${fake.baseUrl}/cgi-bin/stable_token`, {
        method: 'POST',
        body: JSON.stringify({ grant_type: 'client_credential', appid: WECHAT_CREDENTIALS.appId, secret: WECHAT_CREDENTIALS.appSecret }),
      })
    ).json()) as { access_token: string }
    await fetch(`${fake.baseUrl}/cgi-bin/message/mass/delete?access_token=${token.access_token}`, {
      method: 'POST',
      body: JSON.stringify({ msg_id: Number(sent.recorded.msgId), article_idx: 0 }),
    })
    const deleted = await p.checkStatus!({ remoteIds: sent.recorded, ctx: sent.ctx })
    assert.equal(deleted.state, 'failed')
    assert.match(deleted.state === 'failed' ? deleted.reason : '', /已被删除/)

    await assert.rejects(p.checkStatus!({ remoteIds: { ...sent.recorded, msgId: sent.recorded.msgDataId ?? '' }, ctx: sent.ctx }), /40059/)
  })

  test('bundles: every article validated and named, more than 8 refused before any call, digest only on single articles', async () => {
    const request = wechatMassRequest({ extra: 2 })
    const bundle = [...(request.bundle ?? [])]
    bundle[0] = { ...bundle[0]!, title: '长'.repeat(33) }
    bundle[1] = { ...bundle[1]!, cover: undefined }
    const messages = publisher()
      .validate({ request: { ...request, bundle } })
      .map((issue) => `${issue.severity}: ${issue.message}`)
    assert.ok(messages.includes(`error: 第 2 篇《${'长'.repeat(16)}…》标题超过上限 32 字（当前 33 字）`), messages.join('\n'))
    assert.ok(messages.includes('error: 第 3 篇《次条 2：会员日攻略》公众号图文必须有封面图'), messages.join('\n'))
    assert.ok(messages.some((m) => m.startsWith('warning: 多图文消息没有摘要')))
    assert.ok(
      !publisher()
        .validate({ request: wechatRequest({ digest: '摘'.repeat(100) }) })
        .some((issue) => issue.field === 'digest'),
    )

    const nine = wechatMassRequest({ extra: 8 })
    assert.ok(
      publisher()
        .validate({ request: nine })
        .some((issue) => issue.message === '一条公众号图文最多 8 篇文章（当前 9 篇）：请从组合里移除 1 篇'),
    )
    await assert.rejects(publisher().publish({ request: nine, ctx: context().ctx }), /最多 8 篇/)
    assert.deepEqual(await control.requests(), [], 'refused before any call')
  })

  test('发表 (publish mode) of a bundle: one draft, freepublish, msg_data_id and every article link recorded', async () => {
    await control.configure({ publishPollsUntilFinal: 0 })
    const { ctx, recorded } = context()
    const p = publisher()
    const request = wechatMassRequest({ extra: 2, push: { mode: 'publish' } })
    assert.equal((await p.publish({ request, ctx })).state, 'processing')
    const done = await p.checkStatus!({ remoteIds: recorded, ctx })
    assert.equal(done.state, 'published')
    assert.equal(done.state === 'published' && done.articleUrls?.length, 3)
    assert.ok(recorded.msgDataId && recorded.url && recorded['url:1'] && recorded['url:2'])
    assert.equal((await counts()).sendall, undefined)
  })
})
