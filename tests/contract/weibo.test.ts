import assert from 'node:assert/strict'
import { after, before, beforeEach } from 'node:test'
import {
  ConfigError,
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  RateLimitedError,
  ReauthRequiredError,
  TransientError,
} from '../../publishers/core/errors'
import { createWeiboPublisher } from '../../publishers/weibo'
import { startWeiboFake } from '../fakes/weibo'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegAsset } from './assets'
import { createTestContext, defineContractSuite, SimulatedCrash } from './harness'
import { WEIBO_CREDENTIALS, weiboRequest } from './weiboFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWeiboFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const publisher = () => createWeiboPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const context = (extra: Partial<Parameters<typeof createTestContext>[0]> = {}) =>
  createTestContext({ credentials: WEIBO_CREDENTIALS, ...extra })
const posts = async () => (await control.entries('post')).length
const shareCalls = async () => (await control.requests()).filter((r) => r.path === '/2/statuses/share.json').length

defineContractSuite({
  name: 'weibo',
  scenarios: {
    'happy path: publishes and reports every remote id as soon as it exists': async () => {
      const seen: string[] = []
      const { ctx, recorded } = context({
        onRecord: async ({ key }) => {
          seen.push(`${key}: posts=${await posts()}`)
        },
      })
      const outcome = await publisher().publish({ request: weiboRequest(), ctx })
      assert.deepEqual(outcome, { state: 'published', url: 'https://weibo.com/1404376560/5118000000000001001', remoteIds: recorded })
      assert.equal(recorded.post, '5118000000000001001', 'int64 id kept exact (idstr)')
      assert.deepEqual(seen, ['shareStarted: posts=0', 'post: posts=1', 'url: posts=1'])
      const [post] = await control.entries('post')
      assert.equal(post?.data.text, '618 会员日新人福利上线，三重福利今晚 20:00 开抢！ https://brand.example.com/p/618')
      assert.equal(post?.data.rip, '203.0.113.7')
      assert.deepEqual(post?.data.pic, { bytes: 4096, format: 'jpeg', filename: 'cover.jpg' })
    },

    'validate(): limits refused before any network call, messages name the limit': async () => {
      const p = publisher()
      const long = p.validate({ request: weiboRequest({ body: '福'.repeat(120) }) }).map((i) => i.message)
      assert.deepEqual(long, ['微博正文（含链接）超过上限 140 字（当前 152 字，链接按至少 20 字计）'])
      const many = p
        .validate({
          request: weiboRequest({
            body: '#618# 开抢',
            publicUrl: 'https://evil.test/x',
            cover: jpegAsset('big.jpg', 5 * 1024 * 1024 + 1),
            settings: { secureDomain: 'example.com' },
          }),
        })
        .map((i) => `${i.field}: ${i.message}`)
      assert.deepEqual(many, [
        'link: 链接 evil.test 不在应用的安全域名 example.com 下，微博会拒绝',
        'body: 微博接口（statuses/share）不允许 #话题#',
        'settings: 微博要求每条微博带上发布人的公网 IP（rip），这次没有取到发布人的公网 IP，账号也没有设置。请打开这个微博账号，在「发布设置」里填写 rip，例如 {"rip": "36.110.12.34"}：填团队办公网络对外的公网 IPv4（在办公网络里百度搜索“IP”即可看到），不能填 192.168.x.x、10.x.x.x 这类内网地址。',
        'cover: 微博配图超过上限 5MB（当前 5MB）',
      ])
      assert.match(p.validate({ request: weiboRequest({ publicUrl: undefined }) })[0]?.message ?? '', /必须包含本站公开页面的链接/)
      await assert.rejects(p.publish({ request: weiboRequest({ body: '福'.repeat(120) }), ctx: context().ctx }), ContentRejectedError)
      assert.deepEqual(await control.requests(), [])
    },

    'error class: auth expired': {
      notApplicable: 'Weibo web apps get no refresh token (weibo.md §1.2): an expired token is ReauthRequiredError',
    },

    'error class: re-auth required': async () => {
      await control.addFaults({ path: '/2/statuses/share.json', kind: 'platform', action: 'expire-token' })
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ReauthRequiredError)
        assert.equal(error.code, '21327')
        return true
      })
      await control.reset()
      const expired = context({ credentials: { ...WEIBO_CREDENTIALS, expiresAt: Date.now() - 1 } })
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: expired.ctx }), ReauthRequiredError)
      assert.deepEqual(await control.requests(), [], 'a known-expired token is not even tried')
    },

    'error class: rate limited (with retry-after)': async () => {
      await control.configure({ postsPerHour: 1 })
      await publisher().publish({ request: weiboRequest(), ctx: context().ctx })
      await assert.rejects(publisher().publish({ request: weiboRequest({ body: '另一条微博' }), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof RateLimitedError)
        assert.equal(error.code, '10024')
        assert.equal(error.retryAfterMs, 3_600_000)
        return true
      })
      assert.equal(await posts(), 1)
    },

    'error class: quota exceeded': {
      notApplicable: 'Weibo limits are hourly rate limits (10022–10024, 20016 → RateLimitedError); no daily quota code is documented',
    },

    'error class: content rejected (platform reason in Chinese)': async () => {
      await control.configure({ bannedWords: ['稳赚'] })
      await assert.rejects(publisher().publish({ request: weiboRequest({ body: '稳赚不赔' }), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ContentRejectedError)
        assert.equal(error.code, '20021')
        assert.equal(error.reason, '内容违规')
        return true
      })
    },

    'error class: transient (5xx before commit), then a retry publishes once': async () => {
      await control.addFaults({ path: '/2/statuses/share.json', kind: 'status', status: 502 })
      const first = context()
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: first.ctx }), TransientError)
      assert.equal(await posts(), 0)
      // Weibo answered: the start is withdrawn, so a retry interrupted before its call is not read as maybe posted.
      assert.equal(first.recorded.shareStarted, '')
      const retry = context({ remoteIds: first.recorded })
      assert.equal((await publisher().publish({ request: weiboRequest(), ctx: retry.ctx })).state, 'published')
      assert.equal(await posts(), 1)
    },

    'error class: config / permission': async () => {
      const reply = (code: number, error: string) => ({
        path: '/2/statuses/share.json',
        kind: 'reply' as const,
        status: 403,
        json: { request: '/2/statuses/share.json', error_code: code, error },
      })
      await control.addFaults(reply(10014, 'Insufficient app permissions!'))
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: context().ctx }), PermissionError)
      await control.addFaults(reply(10004, 'IP limit!'))
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: context().ctx }), ConfigError)
      const noToken = context({ credentials: { appKey: 'k', appSecret: 's' } })
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: noToken.ctx }), /accessToken/)
    },

    'token expiry mid-flow refreshes once and continues': {
      notApplicable: 'one call per post and no refresh token for web apps; expiry is covered by "re-auth required"',
    },

    'crash after each step resumes without repeating (ledger)': async () => {
      for (const step of [1, 2, 3]) {
        await control.reset()
        const crashed = context({ crashAfterRecords: step })
        await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: crashed.ctx }), SimulatedCrash)
        const resumed = context({ remoteIds: crashed.recorded })
        assert.equal((await publisher().publish({ request: weiboRequest(), ctx: resumed.ctx })).state, 'published')
        assert.equal(await posts(), 1, `crash after record #${step}`)
        assert.equal(await shareCalls(), 1)
      }
    },

    'commit-then-timeout ends as OutcomeUnknownError, never a second post': async () => {
      for (const fault of ['hang-after-commit', 'destroy-after-commit'] as const) {
        await control.reset()
        await control.addFaults({ path: '/2/statuses/share.json', kind: fault })
        const unanswered = context()
        await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: unanswered.ctx }), OutcomeUnknownError)
        assert.equal(await posts(), 1)
        assert.equal(await shareCalls(), 1)
        // No answer: the start stays, and the delivery waits for a person.
        assert.match(String(unanswered.recorded.shareStarted), /^\d{4}-\d\d-\d\dT/)
      }
    },

    'malformed reply after commit ends as OutcomeUnknownError': async () => {
      await control.addFaults({ path: '/2/statuses/share.json', kind: 'malformed-after-commit' })
      await assert.rejects(publisher().publish({ request: weiboRequest(), ctx: context().ctx }), OutcomeUnknownError)
      assert.equal(await posts(), 1)
    },

    'manual outcome (publish by hand, with a link)': async () => {
      await publisher().publish({ request: weiboRequest(), ctx: context().ctx })
      const again = context()
      const duplicate = await publisher().publish({ request: weiboRequest({ deliveryId: 'delivery-w2' }), ctx: again.ctx })
      assert.equal(duplicate.state, 'manual')
      assert.ok(duplicate.state === 'manual' && duplicate.link === 'https://weibo.com/u/1404376560')
      assert.ok(duplicate.state === 'manual' && /很可能已经发过/.test(duplicate.message))
      assert.equal(await posts(), 1, 'no re-post with altered text')
      assert.equal(await shareCalls(), 2)

      await control.reset()
      await control.addFaults({
        path: '/2/statuses/share.json',
        kind: 'reply-after-commit',
        status: 200,
        json: {
          request: '/2/statuses/share.json',
          error_code: 20032,
          error: 'Update success, while server slow now, please wait 1-2 minutes',
        },
      })
      const slow = context()
      const accepted = await publisher().publish({ request: weiboRequest(), ctx: slow.ctx })
      assert.equal(accepted.state, 'published')
      assert.equal(slow.recorded.post, 'accepted-20032')
      await publisher().publish({ request: weiboRequest(), ctx: context({ remoteIds: slow.recorded }).ctx })
      assert.equal(await posts(), 1, '20032 is success: never posted again')
    },

    'async status: processing until final': { notApplicable: 'statuses/share is synchronous (isAsync: false)' },
  },
})
