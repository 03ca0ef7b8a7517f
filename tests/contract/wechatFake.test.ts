import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegBytes, pngBytes } from './assets'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWechatFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const APP = { appid: 'wx0000000000000001', secret: 'fake-wechat-app-secret' }
type Json = Record<string, unknown>
const call = async (path: string, init: RequestInit = {}): Promise<Json> =>
  (await (await fetch(`${fake.baseUrl}${path}`, init)).json()) as Json
const postJson = (path: string, body: unknown) =>
  call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const stable = (force = false) => postJson('/cgi-bin/stable_token', { grant_type: 'client_credential', ...APP, force_refresh: force })
const classic = () => call(`/cgi-bin/token?grant_type=client_credential&appid=${APP.appid}&secret=${APP.secret}`)
const upload = async (path: string, bytes: Uint8Array, token: string) => {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(bytes)]), 'f.bin')
  return call(`${path}${path.includes('?') ? '&' : '?'}access_token=${token}`, { method: 'POST', body: form })
}
const code = (reply: Json) => reply.errcode

describe('wechat fake follows wechat.md', () => {
  test('stable_token: normal mode returns the same token; force mode ≥ 30 s apart and kills the old one', async () => {
    const first = await stable()
    const again = await stable()
    assert.equal(again.access_token, first.access_token)
    const forced = await stable(true)
    assert.notEqual(forced.access_token, first.access_token)
    assert.equal(code(await stable(true)), 45011)
    assert.equal(code(await postJson('/cgi-bin/draft/count?access_token=x', {})), 43002, 'draft/count is GET-only')
    assert.equal(code(await call(`/cgi-bin/draft/count?access_token=${String(first.access_token)}`)), 40001)
    await control.advanceClock(31_000)
    assert.ok((await stable(true)).access_token)
    assert.equal(code(await call('/cgi-bin/stable_token')), 43002, 'GET is refused')
  })

  test('classic token: a new one kills the previous after a 5-minute overlap; isolated from stable tokens', async () => {
    const stableToken = String((await stable()).access_token)
    const one = String((await classic()).access_token)
    const two = String((await classic()).access_token)
    const count = (token: string) => call(`/cgi-bin/draft/count?access_token=${token}`)
    assert.equal((await count(one)).total_count, 0, 'still inside the overlap')
    await control.advanceClock(301_000)
    assert.equal(code(await count(one)), 42001)
    assert.equal((await count(two)).total_count, 0)
    assert.equal((await count(stableToken)).total_count, 0, 'classic refreshes do not touch the stable token')
  })

  test('credentials and allow-list errors', async () => {
    assert.equal(code(await postJson('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: APP.appid, secret: 'no' })), 40125)
    await control.configure({ ipAllowed: false })
    const blocked = await stable()
    assert.equal(code(blocked), 40164)
    assert.match(String(blocked.errmsg), /not in whitelist rid: /)
  })

  test('uploadimg takes jpg/png under 1MB; add_material limits per type', async () => {
    const token = String((await stable()).access_token)
    assert.match(String((await upload('/cgi-bin/media/uploadimg', pngBytes(), token)).url), /^http:\/\/mmbiz\.qpic\.cn\//)
    assert.equal(code(await upload('/cgi-bin/media/uploadimg', jpegBytes(1024 * 1024), token)), 40009)
    assert.equal(code(await upload('/cgi-bin/media/uploadimg', new Uint8Array([0x47, 0x49, 0x46, 0x38]), token)), 40005)
    assert.equal(code(await upload('/cgi-bin/material/add_material?type=thumb', jpegBytes(65 * 1024), token)), 45001)
    assert.equal(code(await upload('/cgi-bin/material/add_material?type=thumb', pngBytes(), token)), 40005)
    assert.equal(code(await upload('/cgi-bin/material/add_material?type=nope', pngBytes(), token)), 40004)
    assert.match(String((await upload('/cgi-bin/material/add_material?type=image', pngBytes(), token)).media_id), /^FAKE_MEDIA_IMAGE_/)
  })

  test('draft/add checks the envelope, every limit and the cover; filters outside images', async () => {
    const token = String((await stable()).access_token)
    const cover = String((await upload('/cgi-bin/material/add_material?type=image', pngBytes(), token)).media_id)
    const add = (body: unknown) => postJson(`/cgi-bin/draft/add?access_token=${token}`, body)
    const article = { title: '标题', content: '<p>正文</p><img src="https://evil.example/x.png">', thumb_media_id: cover }
    assert.equal(code(await add([article])), 44003)
    assert.equal(code(await add({ articles: [] })), 44003)
    assert.equal(code(await add({ articles: new Array(9).fill(article) })), 45008)
    assert.equal(code(await add({ articles: [{ ...article, title: '长'.repeat(33) }] })), 45003)
    assert.equal(code(await add({ articles: [{ ...article, author: '长'.repeat(17) }] })), 45110)
    assert.equal(code(await add({ articles: [{ ...article, digest: '长'.repeat(129) }] })), 45004)
    assert.equal(code(await add({ articles: [{ ...article, content: 'x'.repeat(20_000) }] })), 45002)
    assert.equal(code(await add({ articles: [{ ...article, thumb_media_id: 'TEMP' }] })), 40007)
    assert.equal(code(await add({ articles: [{ ...article, content_source_url: 'ftp://x' }] })), 41039)
    assert.equal(code(await add({ articles: [{ ...article, pic_crop_235_1: '0_0_1' }] })), 40002)
    assert.equal(
      code(
        await call(`/cgi-bin/draft/add?access_token=${token}`, {
          method: 'POST',
          body: '{"articles":[{"title":"\\u6807\\u9898","content":"<p>x</p>","thumb_media_id":"' + cover + '"}]}',
        }),
      ),
      40033,
    )
    await control.configure({ commentPrivilege: false })
    assert.equal(code(await add({ articles: [{ ...article, need_open_comment: 1 }] })), 88000)
    const ok = await add({ articles: [article] })
    assert.match(String(ok.media_id), /^FAKE_DRAFT_/)
    assert.equal(ok.errcode, undefined, 'success carries no errcode')
    const [draft] = await control.entries('draft')
    assert.deepEqual(draft?.data.filteredImages, ['https://evil.example/x.png'])
  })

  test('freepublish: quota, 48001 for unverified accounts, the status machine, draft leaves the draft box', async () => {
    const token = String((await stable()).access_token)
    const cover = String((await upload('/cgi-bin/material/add_material?type=image', pngBytes(), token)).media_id)
    const draft = String(
      (
        await postJson(`/cgi-bin/draft/add?access_token=${token}`, {
          articles: [{ title: 't', content: '<p>c</p>', thumb_media_id: cover }],
        })
      ).media_id,
    )
    await control.configure({ verified: false })
    assert.equal(code(await postJson(`/cgi-bin/freepublish/submit?access_token=${token}`, { media_id: draft })), 48001)
    await control.configure({ verified: true, publishPollsUntilFinal: 1 })
    const submitted = await postJson(`/cgi-bin/freepublish/submit?access_token=${token}`, { media_id: draft })
    const get = () => postJson(`/cgi-bin/freepublish/get?access_token=${token}`, { publish_id: submitted.publish_id })
    assert.equal((await get()).publish_status, 1)
    const done = await get()
    assert.equal(done.publish_status, 0)
    assert.equal(code(await postJson(`/cgi-bin/draft/get?access_token=${token}`, { media_id: draft })), 40007, 'gone from the draft box')
    await control.configure({ dailyQuotas: { '/cgi-bin/freepublish/get': 0 } })
    assert.equal(code(await get()), 45009)
  })
})
