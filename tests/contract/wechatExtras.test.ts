import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { createTokenProvider } from '../../publishers/core/tokens/tokenProvider'
import { createMemoryTokenStore } from '../../publishers/core/tokens/tokenStore'
import { redactUrl } from '../../publishers/core/redact'
import { createWechatPublisher } from '../../publishers/wechat'
import { startWechatFake } from '../fakes/wechat'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { createTestContext } from './harness'
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

describe('wechat adapter details', () => {
  test('40014 on one call: refresh once (normal mode gives the same token, so force), retry only that call', async () => {
    await control.addFaults({ path: '/cgi-bin/media/uploadimg', kind: 'reply', json: { errcode: 40014, errmsg: 'invalid access_token' } })
    const outcome = await publisher().publish({ request: wechatRequest(), ctx: context().ctx })
    assert.equal(outcome.state, 'processing')
    const { entries, requests } = await control.ledger()
    assert.deepEqual(
      entries.filter((e) => e.kind === 'token').map((e) => e.data.mode),
      ['stable', 'stable-force'],
    )
    assert.equal(requests.filter((r) => r.path === '/cgi-bin/media/uploadimg').length, 3, 'two images, one of them retried once')
  })

  test('concurrent publishes of one account share one token fetch (single flight)', async () => {
    const tokens = createTokenProvider({ store: createMemoryTokenStore() })
    const runs = [1, 2, 3].map(() => publisher().publish({ request: wechatRequest(), ctx: context({ tokens }).ctx }))
    assert.deepEqual(
      (await Promise.all(runs)).map((o) => o.state),
      ['processing', 'processing', 'processing'],
    )
    assert.equal((await control.entries('token')).length, 1)
  })

  test('logs never carry the access_token or the AppSecret', async () => {
    const { ctx, logs } = context()
    await publisher().publish({ request: wechatRequest(), ctx })
    const text = JSON.stringify(logs)
    assert.ok(text.includes('access_token=%5Bredacted%5D'), text.slice(0, 400))
    assert.ok(!text.includes('FAKE_stable'))
    assert.ok(!text.includes(WECHAT_CREDENTIALS.appSecret))
    assert.equal(
      redactUrl('https://x/cgi-bin/token?appid=wx1&secret=s3&grant_type=client_credential'),
      'https://x/cgi-bin/token?appid=wx1&secret=%5Bredacted%5D&grant_type=client_credential',
    )
  })

  test('default author from account settings; no digest and no source link when absent', async () => {
    const settings = { ...wechatRequest().settings, defaultAuthor: '品牌部', linkToPublicPage: false, openComments: false }
    const request = wechatRequest({ author: undefined, digest: undefined, settings })
    await publisher().publish({ request, ctx: context().ctx })
    const [draft] = await control.entries('draft')
    const [article] = draft?.data.articles as Record<string, unknown>[]
    assert.equal(article?.author, '品牌部')
    assert.equal('digest' in (article ?? {}), false)
    assert.equal('content_source_url' in (article ?? {}), false)
    assert.equal(article?.need_open_comment, 0)
  })

  test('cover as a `thumb` material (≤64KB JPG) also gives a permanent media_id', async () => {
    const settings = { ...wechatRequest().settings, coverMaterialType: 'thumb' as const }
    assert.equal((await publisher().publish({ request: wechatRequest({ settings }), ctx: context().ctx })).state, 'processing')
    const [material] = await control.entries('material')
    assert.equal(material?.data.type, 'thumb')
  })

  test('an image that is not jpg/png is refused before uploading', async () => {
    const assets = {
      ...WECHAT_ASSETS,
      'media-a': { bytes: new Uint8Array([0x47, 0x49, 0x46, 0x38, 0, 0]), contentType: 'image/gif', filename: 'a.gif' },
    }
    await assert.rejects(publisher().publish({ request: wechatRequest(), ctx: context({ assets }).ctx }), /格式不支持（gif）/)
    assert.equal((await control.entries('uploadimg')).length, 0)
  })

  test('test connection: token ok and publishing allowed; unverified accounts are drafts only; 40164 explained', async () => {
    const p = publisher()
    const ok = await p.testConnection!({ ctx: context().ctx })
    assert.deepEqual({ ok: ok.ok, canPublish: ok.canPublish }, { ok: true, canPublish: true })
    await control.configure({ verified: false })
    const draftsOnly = await p.testConnection!({ ctx: context().ctx })
    assert.equal(draftsOnly.canPublish, false)
    assert.match(draftsOnly.checks[1]?.message ?? '', /只能创建草稿/)
    await control.configure({ ipAllowed: false })
    const blocked = await p.testConnection!({ ctx: context().ctx })
    assert.equal(blocked.ok, false)
    assert.match(blocked.checks[0]?.message ?? '', /IP 白名单.*40164/)
  })
})
