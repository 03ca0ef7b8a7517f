import assert from 'node:assert/strict'
import { after, before, beforeEach } from 'node:test'
import {
  AuthExpiredError,
  ConfigError,
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  QuotaExceededError,
  RateLimitedError,
  TransientError,
} from '../../publishers/core/errors'
import { createWechatPublisher } from '../../publishers/wechat'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { countKinds, jpegAsset } from './assets'
import { createTestContext, defineContractSuite, SimulatedCrash } from './harness'
import { WECHAT_ASSETS, WECHAT_CREDENTIALS, wechatRequest } from './wechatFixtures'

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
  createTestContext({ credentials: WECHAT_CREDENTIALS, assets: WECHAT_ASSETS, ...extra })
const counts = async () => countKinds((await control.ledger()).entries)
const HAPPY_COUNTS = { token: 1, uploadimg: 2, material: 1, draft: 1, publish: 1 }

defineContractSuite({
  name: 'wechat',
  scenarios: {
    'happy path: publishes and reports every remote id as soon as it exists': async () => {
      const seen: string[] = []
      const { ctx, recorded } = context({
        onRecord: async ({ key }) => {
          const c = await counts()
          seen.push(`${key}: drafts=${c.draft ?? 0} publishes=${c.publish ?? 0}`)
        },
      })
      const outcome = await publisher().publish({ request: wechatRequest(), ctx })
      assert.equal(outcome.state, 'processing')
      assert.deepEqual(seen, [
        'image:/media/a.jpg?w=1&h=2: drafts=0 publishes=0',
        'image:https://cdn.example.com/b.png: drafts=0 publishes=0',
        'cover: drafts=0 publishes=0',
        'draft: drafts=1 publishes=0',
        'publish: drafts=1 publishes=1',
        'msgDataId: drafts=1 publishes=1',
      ])
      assert.deepEqual(await counts(), HAPPY_COUNTS)
      const [draft] = await control.entries('draft')
      const [article] = draft?.data.articles as Record<string, unknown>[]
      assert.deepEqual(draft?.data.filteredImages, [])
      assert.equal(article?.title, '618 会员日：新人福利上线')
      assert.equal(article?.author, '小编')
      assert.equal(article?.digest, '三重福利，今晚 20:00 开抢')
      assert.equal(article?.content_source_url, 'https://brand.example.com/p/618')
      assert.equal(article?.thumb_media_id, recorded.cover)
      assert.equal(article?.need_open_comment, 1)
      assert.equal(article?.only_fans_can_comment, 0)
      assert.equal(article?.pic_crop_235_1, '0_0_1_0.5')
      assert.equal(article?.pic_crop_1_1, '0.1945_0_0.62_1')
      const content = String(article?.content)
      assert.ok(content.includes(`src="${recorded['image:/media/a.jpg?w=1&h=2']}"`))
      assert.ok(content.includes(`src="${recorded['image:https://cdn.example.com/b.png']}"`))
      assert.ok(content.includes('style="color:#333;font-size:16px"'))
      const [publish] = await control.entries('publish')
      assert.equal(publish?.data.media_id, recorded.draft)
      assert.equal(recorded.msgDataId, publish?.data.msg_data_id, 'freepublish/submit msg_data_id kept for statistics (analytics.md)')
    },

    'validate(): limits refused before any network call, messages name the limit': async () => {
      const request = wechatRequest({
        title: '标'.repeat(33),
        digest: '摘'.repeat(129),
        author: '一二三四五六七八九',
        body: `<p>${'字'.repeat(20_000)}</p>`,
        images: [{ src: 'x.jpg', ref: { kind: 'media', id: 'x' }, byteLength: 2 * 1024 * 1024 }],
        cover: jpegAsset('cover.jpg', 70 * 1024),
        settings: { ...wechatRequest().settings, coverMaterialType: 'thumb' },
      })
      const messages = publisher()
        .validate({ request })
        .map((issue) => `${issue.field}: ${issue.message}`)
      assert.ok(messages.includes('title: 标题超过上限 32 字（当前 33 字）'), messages.join('\n'))
      assert.ok(messages.includes('digest: 摘要超过上限 128 字（当前 129 字）'))
      assert.ok(messages.includes('author: 作者超过上限 8 字（当前 9 字）'))
      assert.ok(messages.includes('body: 正文超过上限 19999 字（当前 20007 字）'))
      assert.ok(messages.some((m) => m.startsWith('images: 正文图片 x.jpg（media/uploadimg）超过上限 1MB')))
      assert.ok(messages.includes('cover: 封面（thumb 素材）超过上限 64KB（当前 70KB）'))
      const { ctx } = context()
      await assert.rejects(publisher().publish({ request, ctx }), ContentRejectedError)
      assert.deepEqual(await control.requests(), [])
    },

    'error class: auth expired': async () => {
      const tokenError = { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest rid: x' }
      await control.addFaults({ path: '/cgi-bin/draft/add', kind: 'reply', json: tokenError, times: 2 })
      const { ctx } = context()
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx }), (error: unknown) => {
        assert.ok(error instanceof AuthExpiredError)
        assert.equal(error.code, '40001')
        return true
      })
      const tokens = (await control.entries('token')).map((entry) => entry.data.mode)
      assert.deepEqual(tokens, ['stable', 'stable-force'], 'normal mode returned the rejected token, so one forced refresh')
      assert.equal((await counts()).draft, undefined)
    },

    'error class: re-auth required': {
      notApplicable: 'WeChat uses app credentials (AppID/AppSecret), no user authorisation to renew; bad credentials are ConfigError',
    },

    'error class: rate limited (with retry-after)': async () => {
      await control.addFaults({
        path: '/cgi-bin/media/uploadimg',
        kind: 'reply',
        json: { errcode: 45011, errmsg: 'api minute-quota reach limit mustslower retry next minute' },
      })
      const { ctx } = context()
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx }), (error: unknown) => {
        assert.ok(error instanceof RateLimitedError)
        assert.equal(error.retryAfterMs, 60_000)
        return true
      })
    },

    'error class: quota exceeded': async () => {
      await control.configure({ dailyQuotas: { '/cgi-bin/freepublish/submit': 0 } })
      const { ctx, recorded } = context()
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx }), (error: unknown) => {
        assert.ok(error instanceof QuotaExceededError)
        assert.equal(error.code, '45009')
        assert.ok(error.retryAfterMs !== undefined && error.retryAfterMs > 0 && error.retryAfterMs <= 86_400_000)
        return true
      })
      assert.ok(recorded.draft, 'the draft id is kept, so tomorrow only the submit runs')
    },

    'error class: content rejected (platform reason in Chinese)': async () => {
      await control.configure({ precheckBlockedWords: ['稳赚'] })
      const { ctx } = context()
      const request = wechatRequest({ body: '<p>稳赚不赔的会员权益</p>', images: [] })
      await assert.rejects(publisher().publish({ request, ctx }), (error: unknown) => {
        assert.ok(error instanceof ContentRejectedError)
        assert.equal(error.code, '53503')
        assert.equal(error.reason, '该草稿未通过微信的发布检查')
        assert.match(error.platformMessage ?? '', /rid: /)
        return true
      })
    },

    'error class: transient (5xx before commit), then a retry publishes once': async () => {
      await control.addFaults({ path: '/cgi-bin/draft/add', kind: 'status', status: 503 })
      const first = context()
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: first.ctx }), TransientError)
      assert.equal((await counts()).draft, undefined)
      const retry = context({ remoteIds: first.recorded })
      assert.equal((await publisher().publish({ request: wechatRequest(), ctx: retry.ctx })).state, 'processing')
      assert.deepEqual(await counts(), HAPPY_COUNTS)
    },

    'error class: config / permission': async () => {
      await control.configure({ ipAllowed: false })
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ConfigError)
        assert.equal(error.code, '40164')
        assert.match(error.message, /IP 白名单/)
        return true
      })
      await control.configure({ ipAllowed: true })
      const wrongSecret = context({ credentials: { ...WECHAT_CREDENTIALS, appSecret: 'wrong' } })
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: wrongSecret.ctx }), ConfigError)
      await assert.rejects(
        publisher().publish({ request: wechatRequest(), ctx: context({ credentials: { appId: 'wx1' } }).ctx }),
        ConfigError,
      )
      await control.addFaults({ path: '/cgi-bin/media/uploadimg', kind: 'reply', json: { errcode: 48004, errmsg: 'api 接口被封禁' } })
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: context().ctx }), PermissionError)
    },

    'token expiry mid-flow refreshes once and continues': async () => {
      await control.addFaults({ path: '/cgi-bin/draft/add', kind: 'platform', action: 'expire-token' })
      const { ctx, logs } = context()
      assert.equal((await publisher().publish({ request: wechatRequest(), ctx })).state, 'processing')
      assert.deepEqual(
        (await control.entries('token')).map((entry) => entry.data.mode),
        ['stable', 'stable'],
      )
      assert.deepEqual(await counts(), { ...HAPPY_COUNTS, token: 2 })
      assert.equal(logs.filter((entry) => entry.message === 'wechat token rejected; refreshing once').length, 1)
    },

    'crash after each step resumes without repeating (ledger)': async () => {
      for (let step = 1; step <= 6; step += 1) {
        await control.reset()
        const crashed = context({ crashAfterRecords: step })
        await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: crashed.ctx }), SimulatedCrash)
        const resumed = context({ remoteIds: crashed.recorded })
        assert.equal((await publisher().publish({ request: wechatRequest(), ctx: resumed.ctx })).state, 'processing')
        const { token: _tokens, ...rest } = await counts()
        const { token: _expected, ...expected } = HAPPY_COUNTS
        assert.deepEqual(rest, expected, `crash after record #${step}`)
      }
    },

    'commit-then-timeout ends as OutcomeUnknownError, never a second post': async () => {
      for (const [path, kind] of [
        ['/cgi-bin/draft/add', 'draft'],
        ['/cgi-bin/freepublish/submit', 'publish'],
      ] as const) {
        for (const fault of ['hang-after-commit', 'destroy-after-commit'] as const) {
          await control.reset()
          await control.addFaults({ path, kind: fault })
          await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: context().ctx }), (error: unknown) => {
            assert.ok(error instanceof OutcomeUnknownError, `${path} ${fault}: ${String(error)}`)
            return true
          })
          const c = await counts()
          assert.equal(c[kind], 1, `${path} ${fault}: committed once`)
          assert.equal((await control.requests()).filter((r) => r.path === path).length, 1, 'never retried')
          if (kind === 'draft') assert.equal(c.publish, undefined)
        }
      }
    },

    'malformed reply after commit ends as OutcomeUnknownError': async () => {
      await control.addFaults({ path: '/cgi-bin/draft/add', kind: 'malformed-after-commit' })
      await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: context().ctx }), OutcomeUnknownError)
      assert.equal((await counts()).draft, 1)
      await control.reset()
      await control.addFaults({ path: '/cgi-bin/media/uploadimg', kind: 'malformed-after-commit' })
      await assert.rejects(
        publisher().publish({ request: wechatRequest(), ctx: context().ctx }),
        TransientError,
        'an upload is safe to repeat',
      )
    },

    'manual outcome (publish by hand, with a link)': async () => {
      await control.configure({ verified: false })
      const { ctx, recorded } = context()
      const outcome = await publisher().publish({ request: wechatRequest(), ctx })
      assert.equal(outcome.state, 'manual')
      if (outcome.state !== 'manual') return
      assert.equal(outcome.link, 'https://mp.weixin.qq.com/')
      assert.match(outcome.message, /草稿箱/)
      assert.match(outcome.message, /48001/)
      assert.ok(recorded.draft)
      assert.equal((await counts()).publish, undefined)
    },

    'async status: processing until final': async () => {
      await control.configure({ publishPollsUntilFinal: 2 })
      const { ctx, recorded } = context()
      const p = publisher()
      await p.publish({ request: wechatRequest(), ctx })
      const poll = (attempt: number) => p.checkStatus!({ remoteIds: { ...recorded }, ctx, attempt })
      assert.deepEqual(await poll(0), { state: 'processing', remoteIds: recorded, pollAfterMs: 10_000 })
      assert.equal((await poll(1)).state, 'processing')
      const done = await poll(2)
      assert.equal(done.state, 'published')
      assert.equal(done.state === 'published' && done.url, recorded.url)
      assert.match(recorded.url ?? '', /^https:\/\/mp\.weixin\.qq\.com\/s\//)
      assert.ok(recorded.article)
      const requestsBefore = (await control.requests()).length
      assert.equal((await poll(3)).state, 'published')
      assert.equal((await control.requests()).length, requestsBefore, 'a recorded url needs no call')

      await control.reset()
      await control.configure({ publishPollsUntilFinal: 0, publishFinalStatus: 4 })
      const rejected = context()
      await p.publish({ request: wechatRequest(), ctx: rejected.ctx })
      const failed = await p.checkStatus!({ remoteIds: rejected.recorded, ctx: rejected.ctx })
      assert.deepEqual(failed, { state: 'failed', reason: '平台审核不通过（第 1 篇）', code: '4', remoteIds: rejected.recorded })
    },
  },
})
