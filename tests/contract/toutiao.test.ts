import assert from 'node:assert/strict'
import { after, before, beforeEach } from 'node:test'
import {
  AuthExpiredError,
  ConfigError,
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  RateLimitedError,
  ReauthRequiredError,
  TransientError,
} from '../../publishers/core/errors'
import { createToutiaoAssistedPublisher, createToutiaoVideoPublisher } from '../../publishers/toutiao'
import { startToutiaoFake } from '../fakes/toutiao'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegAsset } from './assets'
import { createTestContext, defineContractSuite, SimulatedCrash } from './harness'
import { TOUTIAO_ASSETS, TOUTIAO_CREDENTIALS, toutiaoVideoRequest } from './toutiaoFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startToutiaoFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const publisher = () => createToutiaoVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const context = (extra: Partial<Parameters<typeof createTestContext>[0]> = {}) =>
  createTestContext({ credentials: TOUTIAO_CREDENTIALS, assets: TOUTIAO_ASSETS, ...extra })
const kinds = async (kind: string) => (await control.entries(kind)).length
const createCalls = async () => (await control.requests()).filter((r) => r.path === '/toutiao/video/create/').length
const CREATE = '/toutiao/video/create/'
const tokenError = { data: { error_code: 2190008, description: 'access_token过期,请刷新或重新授权' }, extra: { error_code: 2190008 } }

defineContractSuite({
  name: 'toutiao',
  scenarios: {
    'happy path: publishes and reports every remote id as soon as it exists': async () => {
      const seen: string[] = []
      const { ctx, recorded } = context({
        onRecord: async ({ key }) => {
          seen.push(`${key}: uploads=${await kinds('video-upload')} videos=${await kinds('video')}`)
        },
      })
      const outcome = await publisher().publish({ request: toutiaoVideoRequest(), ctx })
      assert.equal(outcome.state, 'published')
      assert.deepEqual(seen, ['video: uploads=1 videos=0', 'item: uploads=1 videos=1'])
      const [video] = await control.entries('video')
      assert.equal(video?.data.text, '618 会员日开箱实测')
      assert.equal(video?.data.video_id, recorded.video)
      assert.equal(recorded.item, video?.data.item_id)
    },

    'validate(): limits refused before any network call, messages name the limit': async () => {
      const messages = (request: ReturnType<typeof toutiaoVideoRequest>) =>
        publisher()
          .validate({ request })
          .map((i) => i.message)
      assert.deepEqual(
        messages(
          toutiaoVideoRequest({
            title: '长'.repeat(31),
            video: { ref: { kind: 'media', id: 'clip' }, filename: 'c.mov', contentType: 'video/quicktime', byteLength: 129 * 1024 * 1024 },
          }),
        ),
        [
          '视频标题超过上限 30 字（当前 31 字）',
          '视频必须是 MP4（当前 video/quicktime）',
          '视频文件（单次上传）超过上限 128MB（当前 129MB）',
        ],
      )
      assert.deepEqual(messages(toutiaoVideoRequest({ video: undefined })), ['缺少视频文件'])
      const assisted = createToutiaoAssistedPublisher().validate({
        request: { ...toutiaoVideoRequest(), contentKind: 'article', title: '短', body: '<p>x</p>' },
      })
      assert.deepEqual(
        assisted.map((i) => i.message),
        ['头条标题少于下限 2 字（当前 1 字）'],
      )
      await assert.rejects(
        publisher().publish({ request: toutiaoVideoRequest({ title: '长'.repeat(31) }), ctx: context().ctx }),
        ContentRejectedError,
      )
      assert.deepEqual(await control.requests(), [])
    },

    'error class: auth expired': async () => {
      await control.addFaults({ path: CREATE, kind: 'reply', json: tokenError, times: 2 })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof AuthExpiredError)
        assert.equal(error.code, '2190008')
        return true
      })
      assert.equal(await kinds('token'), 1, 'refreshed exactly once')
      assert.equal(await kinds('video'), 0)
    },

    'error class: re-auth required': async () => {
      await control.addFaults([
        { path: '/toutiao/video/upload/', kind: 'platform', action: 'expire-token' },
        { path: '/toutiao/video/upload/', kind: 'platform', action: 'expire-refresh-token' },
      ])
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ReauthRequiredError)
        assert.equal(error.code, '10010')
        return true
      })
      await control.reset()
      const lapsed = context({ credentials: { ...TOUTIAO_CREDENTIALS, expiresAt: Date.now() - 1, refreshExpiresAt: Date.now() - 1 } })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: lapsed.ctx }), ReauthRequiredError)
      assert.deepEqual(await control.requests(), [], 'a known-expired refresh token is not even tried')
    },

    'error class: rate limited (with retry-after)': async () => {
      await control.addFaults({ path: '/toutiao/video/upload/', kind: 'status', status: 429 })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof RateLimitedError, 'no rate-limit code is documented (toutiao.md §5): an HTTP 429 is the signal')
        assert.equal(error.retryAfterMs, 60_000)
        return true
      })
    },

    'error class: quota exceeded': { notApplicable: 'the Toutiao open platform documents no quota (toutiao.md §5)' },

    'error class: content rejected (platform reason in Chinese)': async () => {
      const assets = { clip: { bytes: new Uint8Array(64), contentType: 'video/mp4', filename: 'clip.mp4' } }
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context({ assets }).ctx }), (error: unknown) => {
        assert.ok(error instanceof ContentRejectedError)
        assert.equal(error.code, '2100005')
        assert.equal(error.reason, '参数错误（视频或标题不符合要求）')
        return true
      })
    },

    'error class: transient (5xx before commit), then a retry publishes once': async () => {
      await control.addFaults({ path: CREATE, kind: 'status', status: 503 })
      const first = context()
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: first.ctx }), TransientError)
      const retry = context({ remoteIds: first.recorded })
      assert.equal((await publisher().publish({ request: toutiaoVideoRequest(), ctx: retry.ctx })).state, 'published')
      assert.equal(await kinds('video-upload'), 1)
      assert.equal(await kinds('video'), 1)
    },

    'error class: config / permission': async () => {
      await control.addFaults({
        path: '/toutiao/video/upload/',
        kind: 'reply',
        json: { data: { error_code: 16, description: '该应用无权限' } },
      })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), PermissionError)
      const wrongKey = context({ credentials: { ...TOUTIAO_CREDENTIALS, clientKey: 'other', expiresAt: Date.now() - 1 } })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: wrongKey.ctx }), ConfigError)
      await assert.rejects(
        publisher().publish({ request: toutiaoVideoRequest(), ctx: context({ credentials: { clientKey: 'k' } }).ctx }),
        ConfigError,
      )
    },

    'token expiry mid-flow refreshes once and continues': async () => {
      await control.addFaults({ path: CREATE, kind: 'platform', action: 'expire-token' })
      const { ctx, logs } = context()
      assert.equal((await publisher().publish({ request: toutiaoVideoRequest(), ctx })).state, 'published')
      assert.equal(await kinds('token'), 1)
      assert.equal(await kinds('video'), 1)
      assert.equal(logs.filter((e) => e.message === 'toutiao token rejected; refreshing once').length, 1)
    },

    'crash after each step resumes without repeating (ledger)': async () => {
      for (const step of [1, 2]) {
        await control.reset()
        const crashed = context({ crashAfterRecords: step })
        await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: crashed.ctx }), SimulatedCrash)
        const resumed = context({ remoteIds: crashed.recorded })
        assert.equal((await publisher().publish({ request: toutiaoVideoRequest(), ctx: resumed.ctx })).state, 'published')
        assert.equal(await kinds('video-upload'), 1, `crash after record #${step}`)
        assert.equal(await createCalls(), 1)
      }
    },

    'commit-then-timeout ends as OutcomeUnknownError, never a second post': async () => {
      for (const fault of ['hang-after-commit', 'destroy-after-commit'] as const) {
        await control.reset()
        await control.addFaults({ path: CREATE, kind: fault })
        await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), OutcomeUnknownError)
        assert.equal(await kinds('video'), 1)
        assert.equal(await createCalls(), 1)
      }
    },

    'malformed reply after commit ends as OutcomeUnknownError': async () => {
      await control.addFaults({ path: CREATE, kind: 'malformed-after-commit' })
      await assert.rejects(publisher().publish({ request: toutiaoVideoRequest(), ctx: context().ctx }), OutcomeUnknownError)
      assert.equal(await kinds('video'), 1)
    },

    'manual outcome (publish by hand, with a link)': async () => {
      const request = {
        ...toutiaoVideoRequest(),
        contentKind: 'article' as const,
        title: '618 会员日：三重福利怎么领',
        body: '<p>详见<a href="https://x.example">活动页</a></p><img src="/media/a.jpg"><iframe src="x"></iframe>',
        images: [{ src: '/media/a.jpg', ref: { kind: 'media' as const, id: 'a' } }],
        cover: jpegAsset('cover.jpg', 10),
        video: undefined,
      }
      const { ctx } = context()
      const outcome = await createToutiaoAssistedPublisher().publish({ request, ctx })
      assert.equal(outcome.state, 'manual')
      if (outcome.state !== 'manual') return
      assert.equal(outcome.link, 'https://mp.toutiao.com/profile_v4/graphic/publish')
      assert.equal(outcome.assistedPackage?.html, '<p>详见活动页</p><img src="/media/a.jpg">')
      assert.equal(outcome.assistedPackage?.plainText, '详见活动页')
      assert.equal(outcome.assistedPackage?.images.length, 1)
      assert.equal(outcome.assistedPackage?.cover?.base64, Buffer.from(jpegAsset('cover.jpg', 10).bytes).toString('base64'))
      assert.match(outcome.assistedPackage?.steps[2] ?? '', /1 张图片逐张重新上传/)
      assert.deepEqual(await control.requests(), [], 'assisted mode makes no call')
    },

    'async status: processing until final': {
      notApplicable: 'the open platform reports no review status for a created video (toutiao.md §1.2); published means submitted',
    },
  },
})
