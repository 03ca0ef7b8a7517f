import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { ContentRejectedError, OutcomeUnknownError, QuotaExceededError, ReauthRequiredError } from '../../publishers/core/errors'
import type { RotatedCredentials } from '../../publishers/core/tokens/rotatedCredentials'
import { createMemoryLogger } from '../../publishers/core/logger'
import {
  buildDouyinAuthorizeUrl,
  createDouyinImageTextPublisher,
  createDouyinVideoPublisher,
  exchangeDouyinCode,
} from '../../publishers/douyin'
import { postStatus } from '../../cms/delivery/postStep'
import { DOUYIN_PATHS, startDouyinFake } from '../fakes/douyin'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegAsset, mp4Bytes } from './assets'
import { createTestContext } from './harness'
import { DOUYIN_ASSETS, DOUYIN_CREDENTIALS, douyinNoteRequest, douyinVideoRequest } from './douyinFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startDouyinFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const DAY = 86_400_000
const MB = 1024 * 1024
const context = (extra: Partial<Parameters<typeof createTestContext>[0]> = {}) =>
  createTestContext({ credentials: DOUYIN_CREDENTIALS, assets: DOUYIN_ASSETS, ...extra })
const kinds = async (kind: string) => (await control.entries(kind)).length

describe('douyin OAuth (form-encoded, one host)', () => {
  test('connect page, then the code for tokens (15 and 30 days); a code works once', async () => {
    const url = new URL(
      buildDouyinAuthorizeUrl({
        config: { apiBase: fake.baseUrl },
        clientKey: 'aw_fake_client_key',
        redirectUri: 'https://cms.example/cb',
        state: 's1',
      }),
    )
    assert.equal(url.pathname, '/platform/oauth/connect/')
    assert.equal(url.searchParams.get('scope'), 'user_info,renew_refresh_token,video.create.bind,video.list.bind,video.data.bind')
    const { logger } = createMemoryLogger()
    const args = {
      config: { apiBase: fake.baseUrl },
      clientKey: DOUYIN_CREDENTIALS.clientKey,
      clientSecret: DOUYIN_CREDENTIALS.clientSecret,
      logger,
    }
    const started = Date.now()
    const token = await exchangeDouyinCode({ ...args, code: 'CODE1' })
    assert.equal(token.openId, 'douyin-open-id-1')
    assert.ok(Math.abs(token.expiresAt - started - 15 * DAY) < 10_000)
    assert.ok(Math.abs((token.refreshExpiresAt ?? 0) - started - 30 * DAY) < 10_000)
    assert.equal(await kinds('access_token'), 1)
    await assert.rejects(exchangeDouyinCode({ ...args, code: 'CODE1' }), (error: unknown) => {
      assert.ok(error instanceof ReauthRequiredError)
      assert.equal(error.code, '10007')
      return true
    })
  })

  test('a refresh token near its end is renewed first (then refreshed), and both go back to the account', async () => {
    const saved: RotatedCredentials[] = []
    const credentials = { ...DOUYIN_CREDENTIALS, expiresAt: Date.now() - 1, refreshExpiresAt: Date.now() + 10 * DAY }
    const { ctx } = context({ credentials })
    ctx.onCredentialsRotated = async ({ credentials: rotated }) => void saved.push(rotated)
    const publisher = createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
    assert.equal((await publisher.publish({ request: douyinVideoRequest(), ctx })).state, 'processing')
    const [renewal] = await control.entries('renew_refresh_token')
    assert.equal(await kinds('refresh_token'), 1)
    assert.equal(saved.length, 2, 'the renewed refresh token is saved at once (the old one is dead), then the new access token')
    assert.equal(saved[0]?.refreshToken, renewal?.data.refresh_token)
    assert.ok(Math.abs((saved[1]?.refreshExpiresAt ?? 0) - Date.now() - 30 * DAY) < 10_000, '30 more days')
    assert.equal(saved[1]?.refreshToken, renewal?.data.refresh_token)
  })

  test('after 5 renewals the platform answers 10020: re-connect the account', async () => {
    await control.configure({ maxRenewals: 0 })
    const credentials = { ...DOUYIN_CREDENTIALS, expiresAt: Date.now() - 1, refreshExpiresAt: Date.now() + 2 * DAY }
    const publisher = createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
    await assert.rejects(publisher.publish({ request: douyinVideoRequest(), ctx: context({ credentials }).ctx }), (error: unknown) => {
      assert.ok(error instanceof ReauthRequiredError)
      assert.equal(error.code, '10020')
      assert.equal(error.message, '抖音：refresh_token 已续期 5 次（平台上限），请重新连接账号（10020）')
      return true
    })
    assert.equal(await kinds('upload_video'), 0)
  })

  test('a grant known to be renewed 5 times is not renewed again: only refreshed while it lasts', async () => {
    const credentials = { ...DOUYIN_CREDENTIALS, expiresAt: Date.now() - 1, refreshExpiresAt: Date.now() + 2 * DAY, refreshRenewals: 5 }
    const publisher = createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
    assert.equal((await publisher.publish({ request: douyinVideoRequest(), ctx: context({ credentials }).ctx })).state, 'processing')
    assert.equal(await kinds('renew_refresh_token'), 0)
    assert.equal(await kinds('refresh_token'), 1)
  })
})

describe('douyin video upload and the single-use video_id', () => {
  test('above the single-upload size the video goes in parts numbered from 1, then complete; create takes its video_id', async () => {
    await control.configure({ minPartBytes: 2 * MB })
    const publisher = createDouyinVideoPublisher({
      apiBase: fake.baseUrl,
      timeoutMs: 5_000,
      uploadSizes: { chunkAboveBytes: 3 * MB, chunkBytes: 2 * MB },
    })
    const assets = { clip: { bytes: mp4Bytes(5 * MB), contentType: 'video/mp4', filename: 'clip.mp4' } }
    const { ctx, recorded } = context({ assets })
    assert.equal((await publisher.publish({ request: douyinVideoRequest(), ctx })).state, 'processing')
    assert.equal(await kinds('upload_video'), 0)
    assert.equal(await kinds('init_video_part_upload'), 1)
    assert.deepEqual(
      (await control.entries('upload_video_part')).map((e) => [e.data.part_number, e.data.bytes]),
      [
        [1, 2 * MB],
        [2, 2 * MB],
        [3, MB],
      ],
    )
    const [completed] = await control.entries('complete_video_part_upload')
    assert.equal(recorded.video, completed?.data.video_id)
    assert.equal((await control.entries('create_video'))[0]?.data.video_id, recorded.video)
  })

  test('a replay whose item cannot be found ends unknown, withdraws the video (a person decides), and never uploads again', async () => {
    await control.addFaults({ path: DOUYIN_PATHS.createVideo, kind: 'hang-after-commit' })
    const publisher = createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
    const lost = context()
    await assert.rejects(publisher.publish({ request: douyinVideoRequest(), ctx: lost.ctx }), OutcomeUnknownError)
    assert.equal(postStatus({ publisher: 'douyin-video', remoteIds: lost.recorded }), 'replay-safe')
    // The caption was changed meanwhile: the item in the list no longer matches what this run would send.
    const replay = context({ remoteIds: lost.recorded })
    await assert.rejects(publisher.publish({ request: douyinVideoRequest({ title: '另一个标题' }), ctx: replay.ctx }), (error: unknown) => {
      assert.ok(error instanceof OutcomeUnknownError)
      assert.equal(error.code, '2190007')
      return true
    })
    assert.equal(replay.recorded.video, '')
    assert.equal(postStatus({ publisher: 'douyin-video', remoteIds: replay.recorded }), 'maybe', 'left to a person')
    assert.equal(await kinds('upload_video'), 1)
  })

  test('a custom cover goes through upload_image and is named in create_video; private_status follows the account', async () => {
    const publisher = createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })
    const { ctx, recorded } = context()
    const request = douyinVideoRequest({ cover: jpegAsset('cover.jpg'), settings: { serverPublishing: true, privateStatus: 1 } })
    await publisher.publish({ request, ctx })
    const [image] = await control.entries('upload_image')
    assert.equal(recorded.cover, image?.data.image_id)
    const [created] = await control.entries('create_video')
    assert.equal(created?.data.private_status, 1)
  })
})

describe('douyin 图集 (posters and notes)', () => {
  const publisher = () => createDouyinImageTextPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })

  test('each image uploaded in order, then create_image_text; review polled until published', async () => {
    const { ctx, recorded } = context()
    assert.equal((await publisher().publish({ request: douyinNoteRequest(), ctx })).state, 'processing')
    const uploaded = (await control.entries('upload_image')).map((e) => e.data.image_id)
    assert.equal(uploaded.length, 2)
    const [created] = await control.entries('create_image_text')
    assert.deepEqual(created?.data.image_list, uploaded)
    assert.equal(created?.data.text, '周末露营清单\n三样东西别忘带\n#露营')
    assert.equal(recorded.images, uploaded.join(','))
    assert.equal((await publisher().checkStatus?.({ remoteIds: recorded, ctx, attempt: 0 }))?.state, 'processing')
    assert.equal((await publisher().checkStatus?.({ remoteIds: recorded, ctx, attempt: 1 }))?.state, 'published')
  })

  test('a poster is its own image: the prepared cover is the one picture', async () => {
    const { ctx } = context()
    const request = douyinNoteRequest({ contentKind: 'poster', images: [], cover: jpegAsset('poster.jpg', 9000) })
    await publisher().publish({ request, ctx })
    assert.deepEqual(
      (await control.entries('upload_image')).map((e) => e.data.bytes),
      [9000],
    )
    assert.equal(await kinds('create_image_text'), 1)
  })

  test('a crash after the images never uploads them again; the daily cap counts 图集 too', async () => {
    const crashed = context({ crashAfterRecords: 3 })
    await assert.rejects(publisher().publish({ request: douyinNoteRequest(), ctx: crashed.ctx }))
    const resumed = context({ remoteIds: crashed.recorded })
    await publisher().publish({ request: douyinNoteRequest(), ctx: resumed.ctx })
    assert.equal(await kinds('upload_image'), 2)
    assert.equal(await kinds('create_image_text'), 1)
    await control.configure({ dailyCreateCap: 1 })
    await assert.rejects(publisher().publish({ request: douyinNoteRequest(), ctx: context().ctx }), (error: unknown) => {
      assert.ok(error instanceof QuotaExceededError)
      assert.equal(error.message, '今日发布数量已达抖音上限，明天再发（2114007）')
      return true
    })
  })

  test('without server publishing: a hand-off with the images, and no schema link when the account has no app keys', async () => {
    const { ctx } = context({ credentials: {} })
    const outcome = await publisher().publish({
      request: douyinNoteRequest({ settings: { serverPublishing: false, privateStatus: 0 } }),
      ctx,
    })
    assert.equal(outcome.state, 'awaiting_operator')
    if (outcome.state !== 'awaiting_operator') return
    assert.equal(outcome.handoff.openUrl, undefined)
    assert.deepEqual(
      outcome.handoff.media.map((m) => [m.kind, m.position, m.filename, m.contentType]),
      [
        ['image', 1, 'a.jpg', 'image/jpeg'],
        ['image', 2, 'b.jpg', 'image/jpeg'],
      ],
    )
    assert.ok(outcome.handoff.checklist.some((line) => line.includes('Client Key')))
    assert.deepEqual(await control.requests(), [])
    const ownMedia = await publisher().publish({
      request: douyinNoteRequest({ settings: { serverPublishing: false, privateStatus: 0 } }),
      ctx: context().ctx,
    })
    assert.ok(ownMedia.state === 'awaiting_operator' && ownMedia.handoff.openUrl === undefined, 'our media are not public: no link')
    assert.ok(ownMedia.state === 'awaiting_operator' && ownMedia.handoff.checklist.some((line) => line.includes('公网 https')))
    assert.deepEqual(await control.requests(), [], 'no ticket is fetched for a link that cannot be made')
    await assert.rejects(
      publisher().publish({
        request: douyinNoteRequest({ images: [], settings: { serverPublishing: false, privateStatus: 0 } }),
        ctx: context().ctx,
      }),
      ContentRejectedError,
      'a hand-off is checked against the same limits',
    )
  })
})

describe('douyin connection test', () => {
  const publisher = () => createDouyinVideoPublisher({ apiBase: fake.baseUrl, timeoutMs: 1_000 })

  test('app keys by a client token, then the grant by a read; says when a re-connect is due', async () => {
    const report = await publisher().testConnection?.({ ctx: context().ctx })
    assert.deepEqual(
      report?.checks.map((c) => [c.name, c.ok]),
      [
        ['app', true],
        ['grant', true],
      ],
    )
    assert.equal(await kinds('client_token'), 1)
    assert.equal(await kinds('video_list'), 1)
    const last = context({ credentials: { ...DOUYIN_CREDENTIALS, refreshExpiresAt: Date.now() + 3 * DAY, refreshRenewals: 5 } })
    const due = await publisher().testConnection?.({ ctx: last.ctx })
    assert.equal(due?.ok, false)
    assert.match(due?.checks[1]?.message ?? '', /已续期 5 次（平台上限），\d 天后必须重新连接账号/)
    const wrong = await publisher().testConnection?.({ ctx: context({ credentials: { clientKey: 'x', clientSecret: 'y' } }).ctx })
    assert.deepEqual(
      [wrong?.ok, wrong?.checks[0]?.message],
      [false, '抖音：client_key 或 client_secret 错误，请检查账号的应用凭据（10013）'],
    )
  })
})
