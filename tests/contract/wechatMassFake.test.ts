import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegBytes } from './assets'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWechatFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

type Json = Record<string, unknown>
const APP = { appid: 'wx0000000000000001', secret: 'fake-wechat-app-secret' }
const post = async (path: string, body: unknown, token?: string): Promise<Json> => {
  const url = `${fake.baseUrl}${path}${token === undefined ? '' : `?access_token=${token}`}`
  return (await (await fetch(url, { method: 'POST', body: JSON.stringify(body) })).json()) as Json
}
const token = async (): Promise<string> =>
  String((await post('/cgi-bin/stable_token', { grant_type: 'client_credential', ...APP })).access_token)

async function cover(at: string): Promise<string> {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(jpegBytes())]), 'c.jpg')
  const reply = await fetch(`${fake.baseUrl}/cgi-bin/material/add_material?type=image&access_token=${at}`, { method: 'POST', body: form })
  return String(((await reply.json()) as Json).media_id)
}

async function draft(at: string, count = 2): Promise<string> {
  const thumb = await cover(at)
  const articles = Array.from({ length: count }, (_, i) => ({ title: `第${i + 1}条`, content: `<p>${i}</p>`, thumb_media_id: thumb }))
  return String((await post('/cgi-bin/draft/add', { articles }, at)).media_id)
}

const sendall = (at: string, mediaId: string, clientmsgid?: string, filter: Json = { is_to_all: true }) =>
  post(
    '/cgi-bin/message/mass/sendall',
    { filter, mpnews: { media_id: mediaId }, msgtype: 'mpnews', send_ignore_reprint: 0, clientmsgid },
    at,
  )

describe('wechat fake: mass send as wechat.md §9 describes it', () => {
  test('draft/add takes 1..8 articles (9 → 45008); a sent draft leaves the draft box (draft/get → 40007)', async () => {
    const at = await token()
    assert.equal((await post('/cgi-bin/draft/add', { articles: Array(9).fill({ title: 't', content: 'c' }) }, at)).errcode, 45008)
    const mediaId = await draft(at, 8)
    assert.equal(((await post('/cgi-bin/draft/get', { media_id: mediaId }, at)).news_item as unknown[]).length, 8)
    const sent = await sendall(at, mediaId, 'cms-a')
    assert.equal(sent.errcode, 0)
    assert.equal(typeof sent.msg_id, 'number')
    assert.equal(typeof sent.msg_data_id, 'number')
    assert.equal((await post('/cgi-bin/draft/get', { media_id: mediaId }, at)).errcode, 40007)
    const [entry] = await control.entries('sendall')
    assert.deepEqual(entry?.data.titles, ['第1条', '第2条', '第3条', '第4条', '第5条', '第6条', '第7条', '第8条'])
  })

  test('the clientmsgid table: 45066 within 60 s of the last attempt, then 45065 with the msg_id, forgotten after 24 h; 45067 over 64 bytes', async () => {
    await control.configure({ accountType: 'service' })
    const at = await token()
    const mediaId = await draft(at)
    const first = await sendall(at, mediaId, 'cms-b')
    assert.equal((await sendall(at, mediaId, 'cms-b')).errcode, 45066)
    await control.advanceClock(60_000)
    const again = await sendall(at, mediaId, 'cms-b')
    assert.equal(again.errcode, 45065)
    assert.equal(again.msg_id, first.msg_id)
    await control.advanceClock(86_400_000)
    const later = await token()
    assert.equal((await sendall(later, mediaId, 'cms-b')).errcode, 40007, 'forgotten after 24 h: now the sent draft is what fails')
    assert.equal((await sendall(later, await draft(later), 'x'.repeat(65))).errcode, 45067)
    assert.equal((await control.entries('sendall')).length, 1)
  })

  test('quotas: a subscription account sends once per Beijing day (45028); unverified → 48001; a bad tag → 45159', async () => {
    const at = await token()
    assert.equal((await sendall(at, await draft(at), 'one')).errcode, 0)
    const refused = await sendall(at, await draft(at), 'two')
    assert.deepEqual(refused, { errcode: 45028, errmsg: 'has no masssend quota hint: [FAKE]' })
    assert.equal((await sendall(at, await draft(at), 'tag', { is_to_all: false, tag_id: 7 })).errcode, 45159)
    await control.advanceClock(86_400_000)
    const tomorrow = await token()
    assert.equal((await sendall(tomorrow, await draft(tomorrow), 'three')).errcode, 0, 'the next day')
    await control.configure({ verified: false })
    assert.equal((await sendall(tomorrow, await draft(tomorrow), 'four')).errcode, 48001)
  })

  test('a service account never gets 45028, but followers past 4 this month do not receive it; mass/send needs 2..10000 openids', async () => {
    await control.configure({ accountType: 'service', massPollsUntilFinal: 0 })
    const at = await token()
    for (let i = 0; i < 5; i += 1) assert.equal((await sendall(at, await draft(at), `svc-${i}`)).errcode, 0)
    const fifth = (await control.entries('sendall'))[4]
    const got = await post('/cgi-bin/message/mass/get', { msg_id: String(fifth?.data.msg_id) }, at)
    assert.equal(got.msg_status, 'SEND_SUCCESS')
    const finished = await control.entries('mass-finished')
    assert.deepEqual(
      finished.map((entry) => entry.data.errors),
      [0, 0, 0, 0, 3],
      'the 5th message this month reaches none of the 3 followers',
    )
    const one = await post('/cgi-bin/message/mass/send', { touser: ['o1'], mpnews: { media_id: await draft(at) }, msgtype: 'mpnews' }, at)
    assert.equal(one.errcode, 40032)
    const two = await post(
      '/cgi-bin/message/mass/send',
      { touser: ['o1', 'o2'], mpnews: { media_id: await draft(at) }, msgtype: 'mpnews' },
      at,
    )
    assert.equal(two.errcode, 0)
  })

  test('mass/get: SENDING until the configured time on the fake clock, 40059 for a msg_data_id; delete only after success', async () => {
    await control.configure({ massMsUntilFinal: 30_000 })
    const at = await token()
    const sent = await sendall(at, await draft(at), 'get-1')
    const get = (msgId: unknown) => post('/cgi-bin/message/mass/get', { msg_id: String(msgId) }, at)
    assert.equal((await post('/cgi-bin/message/mass/delete', { msg_id: sent.msg_id }, at)).errcode, 40059, 'not sent yet')
    assert.equal((await get(sent.msg_id)).msg_status, 'SENDING')
    await control.advanceClock(30_000)
    assert.equal((await get(sent.msg_id)).msg_status, 'SEND_SUCCESS')
    assert.equal((await get(sent.msg_data_id)).errcode, 40059)
    assert.equal((await post('/cgi-bin/message/mass/delete', { msg_id: sent.msg_id, article_idx: 0 }, at)).errcode, 0)
    assert.equal((await get(sent.msg_id)).msg_status, 'DELETE')
  })

  test('preview: towxname or touser, 100 towxname calls a day (45009), no mass quota used', async () => {
    await control.configure({ previewDailyLimit: 2 })
    const at = await token()
    const mediaId = await draft(at)
    const preview = (to: Json) => post('/cgi-bin/message/mass/preview', { ...to, mpnews: { media_id: mediaId }, msgtype: 'mpnews' }, at)
    assert.equal((await preview({ towxname: 'a' })).errmsg, 'preview success')
    assert.equal((await preview({ touser: 'oOpenId' })).errcode, 0, 'by openid: not counted against the WeChat-ID limit')
    assert.equal((await preview({ towxname: 'a' })).errcode, 0)
    assert.equal((await preview({ towxname: 'a' })).errcode, 45009)
    assert.equal((await sendall(at, mediaId, 'after-previews')).errcode, 0)
  })
})
