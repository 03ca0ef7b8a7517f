import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startToutiaoFake } from '../fakes/toutiao'
import { startWechatFake } from '../fakes/wechat'
import { startWeiboFake } from '../fakes/weibo'
import { type DeliveryReply, waitForDelivery } from '../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { useTestRedis } from '../helpers/redis'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker } from '../helpers/worker'

const here = path.dirname(fileURLToPath(import.meta.url))
let cms: TestCms
let worker: TestWorker | null = null
let redis: Awaited<ReturnType<typeof useTestRedis>> | null = null
let fakes: RunningFake[] = []
const control: Record<string, FakeControl> = {}
let editor = ''
let copywriterToken = ''
let team: Awaited<ReturnType<typeof createTeam>>
const accounts: Record<string, Id> = {}

type Delivery = DeliveryReply

async function approvedArticle(title: string): Promise<Id> {
  const bytes = fs.readFileSync(path.join(here, '../../cms/seed/assets/cover-double12.jpg'))
  const cover = await cms.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '封面' },
    file: { data: bytes, mimetype: 'image/jpeg', name: `cover-${Date.now()}.jpg`, size: bytes.length },
  })
  const body = `## 活动说明\n\n双12 会员日，全场满 199 减 30。\n\n![门店](/api/media/file/${encodeURIComponent(String(cover.filename))})\n`
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title, body, digest: '会员日满减攻略', author: '张文案', cover: cover.id, status: 'in_review', owner: team.copywriter.id },
  })
  const approved = await api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${id}/transition`,
    token: editor,
    body: { event: 'approve' },
  })
  assert.equal(approved.status, 200, JSON.stringify(approved.body))
  return id
}

const publish = (content: Id, account: Id, token = editor) =>
  api<{ doc?: Delivery; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/deliveries',
    token,
    body: { content: { relationTo: 'articles', value: content }, account },
  })

const until = (id: Id, states: string[], timeoutMs?: number) => waitForDelivery({ url: cms.url, token: editor, id, states, timeoutMs })

before(async () => {
  fakes = [await startWechatFake({ port: 0 }), await startWeiboFake({ port: 0 }), await startToutiaoFake({ port: 0 })]
  const [wechat, weibo, toutiao] = fakes
  process.env.WECHAT_API_BASE = wechat.baseUrl
  process.env.WEIBO_API_BASE = weibo.baseUrl
  process.env.TOUTIAO_API_BASE = toutiao.baseUrl
  for (const fake of fakes) control[fake.name] = createFakeControl(fake.baseUrl)
  redis = await useTestRedis()
  cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  team = await createTeam(cms.payload)
  editor = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  copywriterToken = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  const make = (data: Record<string, unknown>) => makeDoc({ payload: cms.payload, collection: 'platform-accounts', data })
  accounts.wechat = await make(fakeAccountData('wechat', '测试公众号'))
  accounts.weibo = await make(fakeAccountData('weibo', '测试微博'))
  // The web process only enqueues; the worker, in its own process, publishes.
  worker = await startTestWorker()
  accounts.toutiao = await make(fakeAccountData('toutiao', '测试头条号'))
})
after(async () => {
  await worker?.stop()
  const { closeQueues } = await import('../../scheduler/queues')
  await closeQueues()
  await cms?.close()
  await redis?.release()
  await Promise.all(fakes.map((f) => f.close()))
})

describe('publish now', () => {
  test('WeChat: images uploaded once, one draft, one publish, polled to published; the article is published', async () => {
    const article = await approvedArticle('双12 攻略（公众号）')
    const reply = await publish(article, accounts.wechat)
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const done = await until(reply.body.doc!.id, ['published', 'failed', 'needs_reauth', 'unconfirmed'])
    assert.equal(done.state, 'published', JSON.stringify(done.lastError))
    assert.match(String(done.url), /^https?:\/\//)
    for (const key of ['cover', 'draft', 'publish']) assert.ok(done.remoteIds?.[key], `remote id ${key} recorded`)
    const wechat = control[fakes[0].name]
    assert.equal((await wechat.entries('draft')).length, 1)
    assert.equal((await wechat.entries('publish')).length, 1)
    assert.equal((await wechat.entries('uploadimg')).length, 1, 'the body image went through uploadimg')
    const [draft] = await wechat.entries('draft')
    const sent = JSON.stringify(draft.data)
    assert.ok(!sent.includes('/api/media/file/'), 'the body points at the WeChat-hosted image, not ours')
    // The worker marks the article published just after the delivery.
    await waitFor({
      what: 'the article to be marked published',
      timeoutMs: 10_000,
      check: async () => (await readRaw({ payload: cms.payload, collection: 'articles', id: article }))?.status === 'published',
    })
    const again = await publish(article, accounts.wechat)
    assert.equal(again.status, 409, 'the same revision is never posted twice to one account')
    assert.match(String(again.body.errors?.[0]?.message), /已经发布过/)
  })

  test('Weibo: one post with the public page link', async () => {
    const article = await approvedArticle('双12 攻略（微博）')
    const reply = await publish(article, accounts.weibo)
    assert.equal(reply.status, 201, JSON.stringify(reply.body))
    const done = await until(reply.body.doc!.id, ['published', 'failed', 'needs_reauth', 'unconfirmed', 'manual'])
    assert.equal(done.state, 'published', JSON.stringify(done.lastError))
    const posts = await control[fakes[1].name].entries('post')
    assert.equal(posts.length, 1)
    assert.ok(JSON.stringify(posts[0].data).includes('/articles/'))
  })

  test('Toutiao articles: a ready-to-paste package, then an operator confirms with the link', async () => {
    const article = await approvedArticle('双12 攻略（头条）')
    const reply = await publish(article, accounts.toutiao)
    const handed = await until(reply.body.doc!.id, ['manual', 'failed'])
    assert.equal(handed.state, 'manual', JSON.stringify(handed.lastError))
    assert.ok(handed.handoff?.package.html.includes('活动说明'))
    assert.match(String(handed.handoff?.link), /toutiao/)
    const confirm = await api<Delivery>({
      url: cms.url,
      method: 'POST',
      path: `/api/deliveries/${handed.id}/mark-published`,
      token: editor,
      body: { url: 'https://www.toutiao.com/article/7400000000000000000/' },
    })
    assert.equal(confirm.status, 200, JSON.stringify(confirm.body))
    assert.equal(confirm.body.state, 'published')
  })

  test('refusals: content not approved, a copywriter, an unknown account', async () => {
    const draft = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '还没审核', body: 'x' } })
    const notApproved = await publish(draft, accounts.wechat)
    assert.equal(notApproved.status, 400)
    assert.match(String(notApproved.body.errors?.[0]?.message), /审核通过/)
    assert.equal((await publish(draft, accounts.wechat, copywriterToken)).status, 403)
    const article = await approvedArticle('账号不存在')
    assert.equal((await publish(article, 999_999)).status, 404)
    assert.equal(
      (await cms.payload.count({ collection: 'deliveries', overrideAccess: true, where: { 'content.value': { equals: draft } } }))
        .totalDocs,
      0,
    )
  })

  test('bad credentials end in a clear failure with the next step, and nothing is posted', async () => {
    const bad = await makeDoc({
      payload: cms.payload,
      collection: 'platform-accounts',
      data: { platform: 'wechat', name: '密钥错误的号', credentials: { appId: 'wx9999999999999999', appSecret: 'wrong-secret' } },
    })
    const before = (await control[fakes[0].name].entries('draft')).length
    const article = await approvedArticle('错误凭据')
    const reply = await publish(article, bad)
    const done = await until(reply.body.doc!.id, ['failed', 'needs_reauth'])
    assert.ok(done.lastError?.message)
    assert.ok(done.lastError?.action)
    assert.equal((await control[fakes[0].name].entries('draft')).length, before)
  })
})

describe('platform accounts: connect and test', () => {
  async function follow(url: string, token: string | null): Promise<Response> {
    return fetch(url, { redirect: 'manual', headers: token ? { authorization: `JWT ${token}` } : {} })
  }

  for (const platform of ['weibo', 'toutiao'] as const) {
    test(`${platform}: the connect flow stores the user token sealed and marks the account healthy`, async () => {
      const admin = await login({ url: cms.url, email: team.admin.email, password: PASSWORD })
      const keys =
        platform === 'weibo'
          ? { appKey: '1234567890', appSecret: 'fake-weibo-app-secret' }
          : { clientKey: 'tt_fake_client_key', clientSecret: 'fake-toutiao-client-secret' }
      const id = await makeDoc({
        payload: cms.payload,
        collection: 'platform-accounts',
        data: { platform, name: `待授权 ${platform}`, credentials: keys },
      })
      const start = await follow(`${cms.url}/api/platform-accounts/${id}/connect`, admin)
      assert.equal(start.status, 302)
      const authorize = await follow(String(start.headers.get('location')), null)
      assert.equal(authorize.status, 302, 'the fake platform sends the browser back with a code')
      const callback = new URL(String(authorize.headers.get('location')))
      assert.equal(callback.pathname, '/api/platform-accounts/oauth/callback')
      const done = await follow(`${cms.url}${callback.pathname}${callback.search}`, admin)
      assert.equal(done.status, 302, await done.clone().text())
      const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
      const creds = await readAccountCredentials({ payload: cms.payload, id })
      assert.ok(creds.accessToken && creds.expiresAt)
      assert.ok(platform === 'weibo' ? creds.uid : creds.openId && creds.refreshToken)
      const stored = await readRaw({ payload: cms.payload, collection: 'platform-accounts', id })
      assert.equal((stored?.health as { status: string }).status, 'ok')
      const forged = await follow(`${cms.url}/api/platform-accounts/oauth/callback?code=x&state=${id}.9999999999999.00.forged`, admin)
      assert.equal(forged.status, 400)
    })
  }

  test('test connection reports what works and stores the account health', async () => {
    const admin = await login({ url: cms.url, email: team.admin.email, password: PASSWORD })
    const reply = await api<{ ok: boolean; canPublish: boolean; checks: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: `/api/platform-accounts/${accounts.wechat}/test`,
      token: admin,
    })
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.equal(reply.body.canPublish, true)
    assert.equal(
      ((await readRaw({ payload: cms.payload, collection: 'platform-accounts', id: accounts.wechat }))?.health as { status: string })
        .status,
      'ok',
    )
    assert.equal(
      (await api({ url: cms.url, method: 'POST', path: `/api/platform-accounts/${accounts.wechat}/test`, token: editor })).status,
      403,
    )
  })
})
