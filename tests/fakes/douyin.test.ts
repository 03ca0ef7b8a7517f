import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, beforeEach, describe, test } from 'node:test'
import { DOUYIN_PATHS, startDouyinFake } from './douyin'
import { createFakeControl } from './shared/fakeControl'
import type { FakeControl } from './shared/fakeControl'
import type { RunningFake } from './shared/fakeServer'

/** The fake's protocol, checked with plain fetch and the doc's own examples (douyin.md §10), not with our publisher. */
let fake: RunningFake
let control: FakeControl
const OPEN_ID = 'douyin-open-id-1'
const TOKEN = 'act.FAKE_DOUYIN_DEMO'
const KB = 1024

type Envelope = { data: Record<string, unknown> & { error_code: number | string; description: string }; extra?: Record<string, unknown> }

const mp4 = (bytes: number) => {
  const file = Buffer.alloc(bytes)
  file.writeUInt32BE(24, 0)
  file.write('ftypisom', 4, 'latin1')
  return file
}
const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)])

async function call(args: {
  method?: 'GET' | 'POST'
  path: string
  query?: Record<string, string>
  token?: string | null
  json?: unknown
  form?: Record<string, string>
  file?: { field: string; bytes: Buffer; name: string; type: string }
  signal?: AbortSignal
}): Promise<Envelope> {
  const url = new URL(args.path, fake.baseUrl)
  for (const [key, value] of Object.entries(args.query ?? {})) url.searchParams.set(key, value)
  const headers: Record<string, string> = {}
  if (args.token !== null) headers['access-token'] = args.token ?? TOKEN
  let body: BodyInit | undefined
  if (args.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(args.json)
  } else if (args.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(args.form).toString()
  } else if (args.file !== undefined) {
    const form = new FormData()
    form.set(args.file.field, new Blob([new Uint8Array(args.file.bytes)], { type: args.file.type }), args.file.name)
    body = form
  }
  const response = await fetch(url, { method: args.method ?? 'POST', headers, body, signal: args.signal })
  assert.equal(response.status, 200, 'every answer is HTTP 200')
  return (await response.json()) as Envelope
}

const resource = (path: string, rest: Omit<Parameters<typeof call>[0], 'path'> = {}) =>
  call({ ...rest, path, query: { open_id: OPEN_ID, ...rest.query } })
const uploadVideo = (bytes = mp4(64 * KB)) =>
  resource(DOUYIN_PATHS.uploadVideo, { file: { field: 'video', bytes, name: 'clip.mp4', type: 'video/mp4' } })
const videoIdOf = (reply: Envelope) => (reply.data.video as { video_id: string }).video_id
const createVideo = (videoId: string, text = '新品上线 #开箱') =>
  resource(DOUYIN_PATHS.createVideo, { json: { video_id: videoId, text, cover_tsp: 1.5, private_status: 0 } })
const code = (reply: Envelope) => Number(reply.data.error_code)

describe('Douyin fake', () => {
  before(async () => {
    fake = await startDouyinFake({ port: 0 })
    control = createFakeControl(fake.baseUrl)
  })
  after(() => fake.close())
  beforeEach(() => control.reset())

  test('code → tokens by form only; a code works once; refresh keeps a live token and answers numbers as strings', async () => {
    const form = {
      client_key: 'aw_fake_client_key',
      client_secret: 'fake-douyin-client-secret',
      code: 'CODE1',
      grant_type: 'authorization_code',
    }
    assert.equal(code(await call({ path: '/oauth/access_token/', token: null, json: form })), 10005, 'JSON is not accepted')
    const issued = await call({ path: '/oauth/access_token/', token: null, form })
    assert.equal(issued.data.error_code, 0)
    assert.equal((issued as unknown as { message: string }).message, 'success')
    assert.match(String(issued.data.access_token), /^act\./)
    assert.equal(issued.data.expires_in, 1_296_000)
    assert.match(String(issued.data.scope), /video\.create\.bind/)
    const again = await call({ path: '/oauth/access_token/', token: null, form })
    assert.deepEqual(again.data, { description: '授权码过期', error_code: 10007 })

    const refreshForm = { client_key: 'aw_fake_client_key', grant_type: 'refresh_token', refresh_token: String(issued.data.refresh_token) }
    const refreshed = await call({ path: '/oauth/refresh_token/', token: null, form: refreshForm })
    assert.equal(refreshed.data.expires_in, '1296000')
    assert.equal(refreshed.data.access_token, issued.data.access_token, 'an unexpired access token just gets a new expiry')
    assert.equal(refreshed.data.refresh_token, issued.data.refresh_token)
    await control.addFaults({ path: '/oauth/refresh_token/', kind: 'platform', action: 'expire-token' })
    const renewed = await call({ path: '/oauth/refresh_token/', token: null, form: refreshForm })
    assert.notEqual(renewed.data.access_token, issued.data.access_token)
    assert.deepEqual(
      (await control.entries('refresh_token')).map((entry) => entry.data.access_token),
      [issued.data.access_token, renewed.data.access_token],
    )
  })

  test('renew_refresh_token: five renewals, each killing the old token, then 10020', async () => {
    let token = 'rft.FAKE_DOUYIN_DEMO'
    for (let n = 1; n <= 5; n += 1) {
      const reply = await call({
        path: '/oauth/renew_refresh_token/',
        token: null,
        form: { client_key: 'aw_fake_client_key', refresh_token: token },
      })
      assert.equal(reply.data.error_code, 0)
      assert.equal(reply.data.expires_in, '2592000')
      const old = token
      token = String(reply.data.refresh_token)
      const dead = await call({
        path: '/oauth/renew_refresh_token/',
        token: null,
        form: { client_key: 'aw_fake_client_key', refresh_token: old },
      })
      assert.equal(dead.data.error_code, 10010)
    }
    const sixth = await call({
      path: '/oauth/renew_refresh_token/',
      token: null,
      form: { client_key: 'aw_fake_client_key', refresh_token: token },
    })
    assert.deepEqual(sixth.data, { description: '超过刷新次数限制', error_code: 10020 })
    assert.equal((await control.entries('renew_refresh_token')).length, 5)
  })

  test('upload_video → create_video: the doc’s envelope; the video_id is single-use (2190007), one item', async () => {
    const uploaded = await uploadVideo()
    assert.equal(uploaded.data.error_code, 0)
    assert.deepEqual(Object.keys(uploaded.extra ?? {}).sort(), [
      'description',
      'error_code',
      'logid',
      'now',
      'sub_description',
      'sub_error_code',
    ])
    const videoId = videoIdOf(uploaded)
    const created = await createVideo(videoId)
    assert.equal(created.data.error_code, 0)
    assert.match(String(created.data.item_id), /^@.+==$/)
    assert.equal(created.data.video_id, videoId)
    const reused = await createVideo(videoId)
    assert.deepEqual(reused.data, { error_code: 2190007, description: '无效的视频文件id' })
    assert.equal(reused.extra?.error_code, 2190007)
    const creates = await control.entries('create_video')
    assert.deepEqual(
      creates.map((entry) => [entry.data.video_id, entry.data.error_code]),
      [
        [videoId, 0],
        [videoId, 2190007],
      ],
    )
    assert.equal(creates.filter((entry) => entry.data.item_id !== undefined).length, 1)
    assert.equal((await control.entries('upload_video')).length, 1)
  })

  test('refusals: too large (2190005), not a video, no capability (2190004), expired token (2190008), daily cap (2114007)', async () => {
    await control.configure({ maxVideoBytes: 32 * KB, dailyCreateCap: 1 })
    assert.deepEqual((await uploadVideo(mp4(33 * KB))).data, { error_code: 2190005, description: '视频文件太大了' })
    assert.equal(
      code(await resource(DOUYIN_PATHS.uploadVideo, { file: { field: 'video', bytes: jpeg(), name: 'a.mp4', type: 'video/mp4' } })),
      2100005,
    )
    assert.equal(
      code(await resource(DOUYIN_PATHS.uploadVideo, { file: { field: 'file', bytes: mp4(KB), name: 'a.mp4', type: 'video/mp4' } })),
      10005,
    )
    assert.equal(
      code(
        await resource(DOUYIN_PATHS.uploadVideo, {
          token: 'act.WRONG',
          file: { field: 'video', bytes: mp4(KB), name: 'a', type: 'video/mp4' },
        }),
      ),
      2190002,
    )
    assert.equal(code(await call({ path: DOUYIN_PATHS.uploadVideo, query: { open_id: 'someone-else' } })), 2190015)

    const first = videoIdOf(await uploadVideo(mp4(KB)))
    const second = videoIdOf(await uploadVideo(mp4(KB)))
    await control.configure({ grantServerPublish: false })
    assert.equal(code(await createVideo(first)), 2190004)
    await control.configure({ grantServerPublish: true })
    assert.equal(code(await createVideo(first)), 0)
    assert.deepEqual((await createVideo(second)).data, { error_code: 2114007, description: '视频发布数量超过每日上限' })
    assert.equal(code(await resource(DOUYIN_PATHS.createVideo, { json: { video_id: second, private_status: 3 } })), 2100005)
    await control.advanceClock(86_400_000)
    await control.addFaults({ path: DOUYIN_PATHS.createVideo, kind: 'platform', action: 'expire-token' })
    assert.equal(code(await createVideo(second)), 2190008)
  })

  test('chunked upload: parts from 1, no gaps, small chunks only last; the upload_id dies after 2 hours', async () => {
    await control.configure({ minPartBytes: 8 * KB })
    const init = await resource(DOUYIN_PATHS.initPartUpload, { json: {} })
    const uploadId = String(init.data.upload_id)
    const part = (n: number, bytes: Buffer, id = uploadId) =>
      resource(DOUYIN_PATHS.uploadPart, {
        query: { upload_id: id, part_number: String(n) },
        file: { field: 'video', bytes, name: `part${n}`, type: 'application/octet-stream' },
      })
    assert.equal(code(await part(0, mp4(8 * KB))), 2100005, 'part numbers start at 1')
    assert.equal(code(await part(1, mp4(8 * KB))), 0)
    assert.equal(code(await part(3, Buffer.alloc(KB))), 0)
    const complete = (id = uploadId) => resource(DOUYIN_PATHS.completePartUpload, { query: { upload_id: id } })
    assert.equal(code(await complete()), 2100005, 'part 2 is missing')
    assert.equal(code(await part(2, Buffer.alloc(KB))), 0)
    assert.equal(code(await complete()), 2100005, 'part 2 is below the chunk minimum')
    assert.equal(code(await part(2, Buffer.alloc(8 * KB))), 0)
    const done = await complete()
    assert.deepEqual(Object.keys(done.data.video as object).sort(), ['height', 'video_id', 'width'])
    assert.equal(code(await createVideo(videoIdOf(done))), 0)
    assert.equal(code(await complete()), 2100005, 'an upload completes once')

    const late = String((await resource(DOUYIN_PATHS.initPartUpload, { json: {} })).data.upload_id)
    await control.advanceClock(2 * 3_600_000 + 1000)
    assert.deepEqual((await part(1, mp4(8 * KB), late)).data, { error_code: 2100005, description: 'Parameter error' })
    assert.deepEqual(
      (await control.entries('complete_video_part_upload')).map((entry) => entry.data.upload_id),
      [uploadId],
    )
  })

  test('图集: upload_image then create_image_text; anchors: a mini-program or a POI, not both', async () => {
    const image = await resource(DOUYIN_PATHS.uploadImage, { file: { field: 'image', bytes: jpeg(), name: 'a.jpg', type: 'image/jpeg' } })
    const imageId = (image.data.image as { image_id: string }).image_id
    const both = await resource(DOUYIN_PATHS.createImageText, {
      json: { image_list: [imageId], text: '图集', poi_id: 'P', micro_app_id: 'M' },
    })
    assert.equal(code(both), 2100005)
    assert.equal(code(await resource(DOUYIN_PATHS.createImageText, { json: { image_list: ['imgUNKNOWN'], text: '图集' } })), 2100005)
    const created = await resource(DOUYIN_PATHS.createImageText, { json: { image_list: [imageId, imageId], text: '图集 #旅行' } })
    assert.equal(code(created), 0)
    const [entry] = await control.entries('create_image_text')
    assert.equal(entry.data.item_id, created.data.item_id)
  })

  test('review: the first video_data after the create says 审核中 (4), later ones 公开 (5); video_list newest first', async () => {
    const items: string[] = []
    for (const text of ['第一条', '第二条']) {
      items.push(String((await createVideo(videoIdOf(await uploadVideo()), text)).data.item_id))
    }
    const data = async () =>
      (await resource(DOUYIN_PATHS.videoData, { json: { item_ids: [items[0], '@UNKNOWN=='] } })).data.list as Record<string, unknown>[]
    const [reviewing] = await data()
    assert.equal(reviewing.video_status, 4)
    assert.equal(reviewing.is_reviewed, false)
    assert.equal((reviewing.statistics as { play_count: number }).play_count, 0)
    const published = await data()
    assert.equal(published.length, 1, 'unknown ids are left out')
    assert.equal(published[0].video_status, 5)
    assert.equal(published[0].media_type, 4)
    assert.equal(published[0].share_url, `https://www.douyin.com/video/${items[0].replace(/[@=]/g, '')}`)
    const page = await resource(DOUYIN_PATHS.videoList, { method: 'GET', query: { cursor: '0', count: '1' } })
    assert.equal(page.data.has_more, true)
    assert.deepEqual(
      (page.data.list as { item_id: string; title: string }[]).map((video) => [video.item_id, video.title]),
      [[items[1], '第二条']],
    )
    const next = await resource(DOUYIN_PATHS.videoList, { method: 'GET', query: { cursor: String(page.data.cursor), count: '1' } })
    assert.deepEqual(
      (next.data.list as { item_id: string }[]).map((video) => video.item_id),
      [items[0]],
    )
    assert.equal(next.data.has_more, false)
    assert.equal(
      code(await resource(DOUYIN_PATHS.videoData, { json: { item_ids: Array.from({ length: 11 }, (_, n) => `@${n}==`) } })),
      2100005,
    )
  })

  test('hang-after-commit on create_video: the item is made, the caller never hears', async () => {
    const videoId = videoIdOf(await uploadVideo())
    await control.addFaults({ path: DOUYIN_PATHS.createVideo, kind: 'hang-after-commit' })
    await assert.rejects(
      resource(DOUYIN_PATHS.createVideo, { json: { video_id: videoId, text: '挂起' }, signal: AbortSignal.timeout(300) }),
    )
    const [entry] = await control.entries('create_video')
    assert.equal(entry.data.error_code, 0)
    assert.equal(code(await createVideo(videoId)), 2190007, 'replaying the recorded video_id is refused, never a second item')
  })

  test('H5 share: client_token → getticket; the schema is signed with MD5 over nonce, ticket and timestamp', async () => {
    const client = await call({
      path: '/oauth/client_token/',
      token: null,
      form: { client_key: 'aw_fake_client_key', client_secret: 'fake-douyin-client-secret', grant_type: 'client_credential' },
    })
    assert.match(String(client.data.access_token), /^clt\./)
    assert.equal(code(await call({ method: 'GET', path: DOUYIN_PATHS.getTicket })), 2190002, 'a user token is not a client token')
    const ticket = String(
      (await call({ method: 'GET', path: DOUYIN_PATHS.getTicket, token: String(client.data.access_token) })).data.ticket,
    )
    const signature = createHash('md5').update(`nonce_str=N1&ticket=${ticket}&timestamp=1733104800`).digest('hex')
    const schema = (sig: string) =>
      `snssdk1128://openplatform/share?share_type=h5&client_key=aw_fake_client_key&nonce_str=N1&timestamp=1733104800&signature=${sig}` +
      `&video_path=${encodeURIComponent('https://cdn.example.com/v.mp4')}&share_to_publish=1&state=SHAREID1`
    const check = async (text: string) =>
      (await (await fetch(`${fake.baseUrl}/__share/check`, { method: 'POST', body: JSON.stringify({ schema: text }) })).json()) as {
        ok: boolean
        problems: string[]
      }
    assert.deepEqual(await check(schema(signature)), { ok: true, problems: [] })
    assert.deepEqual((await check(schema('0'.repeat(32)))).problems, ['signature does not match a live ticket'])
  })
})
