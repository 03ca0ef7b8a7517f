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
  ReauthRequiredError,
  TransientError,
} from '../../publishers/core/errors'
import { msUntilNextBeijingMidnight } from '../../publishers/core/errorTable'
import { createDouyinImageTextPublisher, createDouyinVideoPublisher } from '../../publishers/douyin'
import { DOUYIN_PATHS, startDouyinFake } from '../fakes/douyin'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { createTestContext, defineContractSuite, SimulatedCrash } from './harness'
import { DOUYIN_ASSETS, DOUYIN_CAPTION, DOUYIN_CREDENTIALS, douyinNoteRequest, douyinVideoRequest } from './douyinFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startDouyinFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const publisher = () => createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
const context = (extra: Partial<Parameters<typeof createTestContext>[0]> = {}) =>
  createTestContext({ credentials: DOUYIN_CREDENTIALS, assets: DOUYIN_ASSETS, ...extra })
const kinds = async (kind: string) => (await control.entries(kind)).length
/** Creates that made an item (the ledger also keeps refused ones, with their error_code). */
const madeItems = async () => (await control.entries('create_video')).filter((e) => e.data.error_code === 0)
const CREATE = DOUYIN_PATHS.createVideo
const tokenError = { data: { error_code: 2190008, description: 'access_token过期,请刷新或重新授权' }, extra: { error_code: 2190008 } }

defineContractSuite({
  name: 'douyin',
  scenarios: {
    'happy path: publishes and reports every remote id as soon as it exists': async () => {
      const seen: string[] = []
      const { ctx, recorded } = context({
        onRecord: async ({ key }) => {
          seen.push(`${key}: uploads=${await kinds('upload_video')} items=${(await madeItems()).length}`)
        },
      })
      const outcome = await publisher().publish({ request: douyinVideoRequest(), ctx })
      assert.equal(outcome.state, 'processing', 'in review: only the author sees it until checkStatus says published')
      assert.deepEqual(seen, ['video: uploads=1 items=0', 'createSentAt: uploads=1 items=0', 'item: uploads=1 items=1'])
      const [created] = await madeItems()
      assert.equal(created?.data.text, DOUYIN_CAPTION, 'title, description and #topics in one text')
      assert.equal(created?.data.video_id, recorded.video)
      assert.equal(created?.data.private_status, 0)
      assert.equal(recorded.item, created?.data.item_id)
    },

    'validate(): limits refused before any network call, messages name the limit': async () => {
      const messages = (request: ReturnType<typeof douyinVideoRequest>) =>
        publisher()
          .validate({ request })
          .map((i) => i.message)
      assert.deepEqual(
        messages(
          douyinVideoRequest({
            title: '长'.repeat(31),
            topics: Array.from({ length: 11 }, (_, i) => `话题${i}`),
            video: {
              ref: { kind: 'media', id: 'clip' },
              filename: 'c.mov',
              contentType: 'video/quicktime',
              byteLength: 4 * 1024 * 1024 * 1024 + 1024 * 1024,
            },
          }),
        ),
        [
          '抖音标题超过上限 30 字（当前 31 字）',
          '话题超过抖音上限 10 个（当前 11 个）',
          '抖音只接受 MP4 或 WebM 视频（当前 video/quicktime）',
          '抖音视频文件超过上限 4096MB（当前 4097MB）',
        ],
      )
      assert.deepEqual(messages(douyinVideoRequest({ body: '字'.repeat(1000) })), [
        '抖音文案（标题、简介和话题合计）超过上限 1000 字（当前 1021 字）',
      ])
      assert.deepEqual(messages(douyinVideoRequest({ video: undefined })), ['缺少视频文件'])
      const images = Array.from({ length: 31 }, (_, i) => ({ src: `/m/${i}.jpg`, ref: { kind: 'media' as const, id: `${i}.jpg` } }))
      const imageText = createDouyinImageTextPublisher({ apiBase: fake.baseUrl })
      assert.deepEqual(
        imageText.validate({ request: douyinNoteRequest({ images }) }).map((i) => i.message),
        ['图片超过抖音图集上限 30 张（当前 31 张）'],
      )
      assert.deepEqual(
        imageText.validate({ request: douyinNoteRequest({ images: [] }) }).map((i) => i.message),
        ['抖音图集至少需要 1 张图片'],
      )
      await assert.rejects(
        publisher().publish({ request: douyinVideoRequest({ title: '长'.repeat(31) }), ctx: context().ctx }),
        ContentRejectedError,
      )
      assert.deepEqual(await control.requests(), [])
    },

    'error class: auth expired': async () => {
      await control.addFaults({ path: CREATE, kind: 'reply', json: tokenError, times: 2 })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof AuthExpiredError)
        assert.equal(error.code, '2190008')
        return true
      })
      assert.equal(await kinds('refresh_token'), 1, 'refreshed exactly once, form-encoded')
      assert.equal((await madeItems()).length, 0)
    },

    'error class: re-auth required': async () => {
      await control.addFaults([
        { path: DOUYIN_PATHS.uploadVideo, kind: 'platform', action: 'expire-token' },
        { path: DOUYIN_PATHS.uploadVideo, kind: 'platform', action: 'expire-refresh-token' },
      ])
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ReauthRequiredError)
        assert.equal(error.code, '10010')
        assert.match(error.message, /重新连接账号/)
        return true
      })
      await control.reset()
      const lapsed = context({ credentials: { ...DOUYIN_CREDENTIALS, expiresAt: Date.now() - 1, refreshExpiresAt: Date.now() - 1 } })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: lapsed.ctx }), ReauthRequiredError)
      assert.deepEqual(await control.requests(), [], 'a known-expired refresh token is not even tried')
    },

    'error class: rate limited (with retry-after)': async () => {
      await control.addFaults({ path: DOUYIN_PATHS.uploadVideo, kind: 'status', status: 429 })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof RateLimitedError, 'no rate-limit code is documented (douyin.md §5): an HTTP 429 is the signal')
        return true
      })
    },

    'error class: quota exceeded': async () => {
      await control.configure({ dailyCreateCap: 1 })
      assert.equal((await publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx })).state, 'processing')
      const before = Date.now()
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof QuotaExceededError)
        assert.equal(error.code, '2114007')
        assert.equal(error.message, '今日发布数量已达抖音上限，明天再发（2114007）')
        const wait = msUntilNextBeijingMidnight(before)
        assert.ok(error.retryAfterMs !== undefined && Math.abs(error.retryAfterMs - wait) < 5_000, 'retried on the next Beijing day')
        return true
      })
      assert.equal((await madeItems()).length, 1)
    },

    'error class: content rejected (platform reason in Chinese)': async () => {
      const assets = { clip: { bytes: new Uint8Array(64), contentType: 'video/mp4', filename: 'clip.mp4' } }
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context({ assets }).ctx }), (error: unknown) => {
        assert.ok(error instanceof ContentRejectedError)
        assert.equal(error.code, '2100005')
        assert.equal(error.reason, '抖音：参数不合法（视频、图片或文案不符合要求）')
        return true
      })
      await control.addFaults({ path: CREATE, kind: 'reply', json: { data: { error_code: '2111001', description: '命中敏感词' } } })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof ContentRejectedError, 'codes as strings are read too')
        assert.equal(error.reason, '抖音：文案命中敏感词')
        return true
      })
    },

    'error class: transient (5xx before commit), then a retry publishes once': async () => {
      await control.addFaults({ path: CREATE, kind: 'status', status: 503 })
      const first = context()
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: first.ctx }), TransientError)
      const retry = context({ remoteIds: first.recorded })
      assert.equal((await publisher().publish({ request: douyinVideoRequest(), ctx: retry.ctx })).state, 'processing')
      assert.equal(await kinds('upload_video'), 1, 'the recorded video_id is used, never a second upload')
      assert.equal((await madeItems()).length, 1)
    },

    'error class: config / permission': async () => {
      await control.configure({ grantServerPublish: false })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), (error: unknown) => {
        assert.ok(error instanceof PermissionError)
        assert.equal(error.code, '2190004')
        assert.match(error.message, /video\.create\.bind/)
        return true
      })
      const wrongKey = context({ credentials: { ...DOUYIN_CREDENTIALS, clientKey: 'other', expiresAt: Date.now() - 1 } })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: wrongKey.ctx }), ConfigError)
      await assert.rejects(
        publisher().publish({ request: douyinVideoRequest(), ctx: context({ credentials: { clientKey: 'k' } }).ctx }),
        ConfigError,
      )
    },

    'token expiry mid-flow refreshes once and continues': async () => {
      await control.addFaults({ path: CREATE, kind: 'platform', action: 'expire-token' })
      const { ctx, logs } = context()
      assert.equal((await publisher().publish({ request: douyinVideoRequest(), ctx })).state, 'processing')
      assert.equal(await kinds('refresh_token'), 1)
      assert.equal((await madeItems()).length, 1)
      assert.equal(logs.filter((e) => e.message === 'douyin token rejected; refreshing once').length, 1)
    },

    'crash after each step resumes without repeating (ledger)': async () => {
      for (const step of [1, 2, 3]) {
        await control.reset()
        const crashed = context({ crashAfterRecords: step })
        await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: crashed.ctx }), SimulatedCrash)
        const resumed = context({ remoteIds: crashed.recorded })
        assert.equal((await publisher().publish({ request: douyinVideoRequest(), ctx: resumed.ctx })).state, 'processing')
        assert.equal(await kinds('upload_video'), 1, `crash after record #${step}`)
        assert.equal((await madeItems()).length, 1)
        assert.equal(resumed.recorded.item, (await madeItems())[0]?.data.item_id)
      }
    },

    'commit-then-timeout ends as OutcomeUnknownError, never a second post': async () => {
      for (const fault of ['hang-after-commit', 'destroy-after-commit'] as const) {
        await control.reset()
        await control.addFaults({ path: CREATE, kind: fault })
        const lost = context()
        await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: lost.ctx }), OutcomeUnknownError)
        assert.equal((await madeItems()).length, 1)
        // The crash rule: the replay sends the recorded (now used) video_id, gets 2190007 and adopts the item.
        const replay = context({ remoteIds: lost.recorded })
        assert.equal((await publisher().publish({ request: douyinVideoRequest(), ctx: replay.ctx })).state, 'processing')
        const creates = await control.entries('create_video')
        assert.deepEqual(
          creates.map((e) => e.data.error_code),
          [0, 2190007],
        )
        assert.equal(replay.recorded.item, creates[0]?.data.item_id, `${fault}: the first item is adopted from video_list`)
        assert.equal(await kinds('upload_video'), 1, 'never a second upload for a recorded video')
        assert.equal(await kinds('video_list'), 1)
      }
    },

    'malformed reply after commit ends as OutcomeUnknownError': async () => {
      await control.addFaults({ path: CREATE, kind: 'malformed-after-commit' })
      await assert.rejects(publisher().publish({ request: douyinVideoRequest(), ctx: context().ctx }), OutcomeUnknownError)
      assert.equal((await madeItems()).length, 1)
    },

    'manual outcome (publish by hand, with a link)': async () => {
      const request = douyinVideoRequest({
        settings: { serverPublishing: false, privateStatus: 0 },
        video: { ref: { kind: 'url', url: 'https://cdn.example.com/v.mp4' }, filename: 'v.mp4', contentType: 'video/mp4' },
      })
      const { ctx } = context()
      const outcome = await publisher().publish({ request, ctx })
      assert.equal(outcome.state, 'awaiting_operator')
      if (outcome.state !== 'awaiting_operator') return
      const { handoff } = outcome
      assert.equal(handoff.platform, 'douyin')
      assert.equal(handoff.body, DOUYIN_CAPTION)
      assert.deepEqual(handoff.topics, ['开箱', '618'])
      assert.deepEqual(
        handoff.media.map((m) => [m.kind, m.position, m.filename]),
        [['video', 1, 'v.mp4']],
      )
      assert.ok(handoff.openUrl?.startsWith('snssdk1128://openplatform/share?'))
      const check = await fetch(`${fake.baseUrl}/__share/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ schema: handoff.openUrl }),
      })
      assert.deepEqual(await check.json(), { ok: true, problems: [] }, 'the Douyin app would open this share')
      assert.equal(await kinds('upload_video'), 0, 'nothing is published through the API')
      assert.equal(await kinds('client_token'), 1)
      assert.equal(await kinds('getticket'), 1)
      await publisher().publish({ request, ctx })
      assert.equal(await kinds('getticket'), 1, 'the ticket is cached for the app')
    },

    'async status: processing until final': async () => {
      const { ctx, recorded } = context()
      await publisher().publish({ request: douyinVideoRequest(), ctx })
      const first = await publisher().checkStatus?.({ remoteIds: recorded, ctx, attempt: 0 })
      assert.equal(first?.state, 'processing', '审核中 (video_status 4)')
      const second = await publisher().checkStatus?.({ remoteIds: recorded, ctx, attempt: 1 })
      assert.equal(second?.state, 'published')
      if (second?.state !== 'published') return
      assert.equal(second.url, `https://www.douyin.com/video/${(recorded.item ?? '').replace(/[@=]/g, '')}`)
      assert.equal(await kinds('video_data'), 2)
    },
  },
})
