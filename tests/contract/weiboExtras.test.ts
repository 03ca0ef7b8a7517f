import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { ConfigError, ReauthRequiredError } from '../../publishers/core/errors'
import { silentLogger } from '../../publishers/core/logger'
import { buildWeiboAuthorizeUrl, createWeiboPublisher, exchangeWeiboCode, weiboTokenExpiry } from '../../publishers/weibo'
import { composeWeiboStatus, countWeiboLength } from '../../publishers/weibo/statusText'
import { startWeiboFake } from '../fakes/weibo'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { jpegBytes } from './assets'
import { createTestContext } from './harness'
import { WEIBO_CREDENTIALS } from './weiboFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startWeiboFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const REDIRECT = 'http://localhost:3000/api/platform-accounts/oauth/weibo/callback'

async function authorizeCode(): Promise<{ code: string; state: string }> {
  const url = buildWeiboAuthorizeUrl({
    config: { apiBase: fake.baseUrl },
    appKey: WEIBO_CREDENTIALS.appKey,
    redirectUri: REDIRECT,
    state: 'csrf-1',
  })
  const response = await fetch(url, { redirect: 'manual' })
  assert.equal(response.status, 302)
  const location = new URL(response.headers.get('location') ?? '')
  assert.equal(`${location.origin}${location.pathname}`, REDIRECT)
  return { code: location.searchParams.get('code') ?? '', state: location.searchParams.get('state') ?? '' }
}

describe('weibo OAuth2 connect flow', () => {
  test('authorize URL carries the documented parameters', () => {
    const url = new URL(
      buildWeiboAuthorizeUrl({ config: {}, appKey: '123', redirectUri: REDIRECT, state: 's', scope: 'all', forceLogin: true }),
    )
    assert.equal(url.origin + url.pathname, 'https://api.weibo.com/oauth2/authorize')
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      client_id: '123',
      redirect_uri: REDIRECT,
      response_type: 'code',
      state: 's',
      scope: 'all',
      forcelogin: 'true',
    })
  })

  test('code → token with expiry; the token publishes; a reused code needs re-authorisation', async () => {
    const { code, state } = await authorizeCode()
    assert.equal(state, 'csrf-1')
    const exchange = (c: string, secret = WEIBO_CREDENTIALS.appSecret) =>
      exchangeWeiboCode({
        config: { apiBase: fake.baseUrl },
        appKey: WEIBO_CREDENTIALS.appKey,
        appSecret: secret,
        code: c,
        redirectUri: REDIRECT,
        logger: silentLogger,
      })
    const before = Date.now()
    const token = await exchange(code)
    assert.equal(token.uid, '1404376560')
    assert.ok(token.expiresAt >= before + 604_800_000 - 1_000)
    assert.equal(weiboTokenExpiry({ credentials: token, now: Date.now() }).state, 'valid')
    await assert.rejects(exchange(code), ReauthRequiredError)
    await assert.rejects(exchange((await authorizeCode()).code, 'wrong'), ConfigError)

    const credentials = { ...WEIBO_CREDENTIALS, accessToken: token.accessToken, expiresAt: token.expiresAt }
    const report = await createWeiboPublisher({ apiBase: fake.baseUrl }).testConnection!({ ctx: createTestContext({ credentials }).ctx })
    assert.equal(report.canPublish, true)
    assert.match(report.checks[0]?.message ?? '', /剩余 6 天/)
  })

  test('a redirect_uri other than the registered one is refused', async () => {
    await control.configure({ registeredRedirectUri: 'https://cms.example.com/cb' })
    const response = await fetch(
      buildWeiboAuthorizeUrl({ config: { apiBase: fake.baseUrl }, appKey: WEIBO_CREDENTIALS.appKey, redirectUri: REDIRECT, state: 's' }),
      { redirect: 'manual' },
    )
    assert.equal(((await response.json()) as { error_code: number }).error_code, 21322)
  })

  test('expiry for the admin: expiring a day ahead, then expired', () => {
    const now = 1_000_000
    assert.equal(weiboTokenExpiry({ credentials: { expiresAt: now + 3_600_000 }, now }).state, 'expiring')
    assert.equal(weiboTokenExpiry({ credentials: { expiresAt: now - 1 }, now }).state, 'expired')
  })
})

describe('weibo status text', () => {
  test('the link is appended once; URLs count at least 20', () => {
    assert.equal(composeWeiboStatus({ text: '新品上线', link: 'https://a.cn/1' }), '新品上线 https://a.cn/1')
    assert.equal(composeWeiboStatus({ text: '看 https://a.cn/1 吧', link: 'https://a.cn/1' }), '看 https://a.cn/1 吧')
    assert.equal(countWeiboLength('新品上线 https://a.cn/1'), 5 + 20)
    assert.equal(countWeiboLength('😀'.repeat(3)), 3)
  })
})

describe('weibo fake follows weibo.md', () => {
  const share = async (fields: Record<string, string>, pic?: Uint8Array) => {
    const body = new FormData()
    for (const [name, value] of Object.entries({ access_token: WEIBO_CREDENTIALS.accessToken, rip: '203.0.113.7', ...fields }))
      body.append(name, value)
    if (pic) body.append('pic', new Blob([new Uint8Array(pic)]), 'p.jpg')
    const response = await fetch(`${fake.baseUrl}/2/statuses/share.json`, { method: 'POST', body })
    const json = (await response.json()) as { error_code?: number; idstr?: string }
    return { status: response.status, code: json.error_code, idstr: json.idstr }
  }
  test('share rules: required rip, text, secure-domain link, 140, no #topics#, picture type and size', async () => {
    const link = 'https://brand.example.com/p/1'
    assert.equal((await share({ status: `a ${link}`, rip: '' })).code, 10016)
    assert.equal((await share({ status: ' ' })).code, 20008)
    assert.equal((await share({ status: '没有链接' })).code, 10017)
    assert.equal((await share({ status: `#话题# ${link}` })).code, 10017)
    assert.deepEqual(await share({ status: `${'长'.repeat(121)} ${link}` }), { status: 400, code: 20012, idstr: undefined })
    assert.equal((await share({ status: `图 ${link}` }, new Uint8Array([1, 2, 3]))).code, 20005)
    assert.equal((await share({ status: `图 ${link}` }, jpegBytes(5 * 1024 * 1024))).code, 20006)
    assert.match((await share({ status: `${'长'.repeat(119)} ${link}` }, jpegBytes())).idstr ?? '', /^\d{19}$/)
    assert.deepEqual(await share({ status: 'x', access_token: 'nope' }), { status: 401, code: 21332, idstr: undefined })
  })
})
