import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { ReauthRequiredError } from '../../publishers/core/errors'
import { silentLogger } from '../../publishers/core/logger'
import { createTokenProvider } from '../../publishers/core/tokens/tokenProvider'
import { createMemoryTokenStore } from '../../publishers/core/tokens/tokenStore'
import { buildToutiaoAuthorizeUrl, createToutiaoVideoPublisher, exchangeToutiaoCode, toutiaoTokenExpiry } from '../../publishers/toutiao'
import { startToutiaoFake } from '../fakes/toutiao'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { createFakeControl } from '../fakes/shared/fakeControl'
import type { FakeControl } from '../fakes/shared/fakeControl'
import { createTestContext } from './harness'
import { TOUTIAO_ASSETS, TOUTIAO_CREDENTIALS, toutiaoVideoRequest } from './toutiaoFixtures'

let fake: RunningFake
let control: FakeControl
before(async () => {
  fake = await startToutiaoFake()
  control = createFakeControl(fake.baseUrl)
})
after(() => fake.close())
beforeEach(() => control.reset())

const REDIRECT = 'http://localhost:3000/api/platform-accounts/oauth/toutiao/callback'

describe('toutiao OAuth2 with refresh', () => {
  test('authorize → code → tokens (15 d / 30 d); a used code needs re-authorisation', async () => {
    const url = buildToutiaoAuthorizeUrl({
      config: { apiBase: fake.baseUrl },
      clientKey: TOUTIAO_CREDENTIALS.clientKey,
      redirectUri: REDIRECT,
      state: 'st',
    })
    assert.match(
      url,
      /\/oauth\/authorize\/\?client_key=tt_fake_client_key&response_type=code&scope=toutiao\.video\.create%2Ctoutiao\.video\.data/,
    )
    const response = await fetch(url, { redirect: 'manual' })
    const code = new URL(response.headers.get('location') ?? '').searchParams.get('code') ?? ''
    const exchange = () =>
      exchangeToutiaoCode({
        config: { apiBase: fake.baseUrl },
        clientKey: TOUTIAO_CREDENTIALS.clientKey,
        clientSecret: TOUTIAO_CREDENTIALS.clientSecret,
        code,
        logger: silentLogger,
      })
    const now = Date.now()
    const token = await exchange()
    assert.equal(token.openId, 'open-id-1')
    assert.ok(token.expiresAt >= now + 1_296_000_000 - 1_000)
    assert.ok((token.refreshExpiresAt ?? 0) >= now + 2_592_000_000 - 1_000)
    assert.equal(toutiaoTokenExpiry({ credentials: token, now }).state, 'valid')
    await assert.rejects(exchange(), ReauthRequiredError)
  })

  test('a refreshed token lands in the token store with its refresh token (the caller persists it)', async () => {
    const store = createMemoryTokenStore()
    const tokens = createTokenProvider({ store })
    const credentials = { ...TOUTIAO_CREDENTIALS, expiresAt: Date.now() - 1 }
    const { ctx } = createTestContext({ credentials, assets: TOUTIAO_ASSETS, tokens })
    await createToutiaoVideoPublisher({ apiBase: fake.baseUrl }).publish({ request: toutiaoVideoRequest(), ctx })
    const stored = await store.get('toutiao:open-id-1')
    assert.match(stored?.value ?? '', /^act\./)
    assert.notEqual(stored?.value, 'act.FAKE_DEMO')
    assert.equal(stored?.refreshToken, 'rft.FAKE_DEMO')
    assert.equal((await control.entries('token')).length, 1)
  })

  test('after the account is connected again, an expired token is refreshed with the new grant, not the cached old one', async () => {
    const store = createMemoryTokenStore()
    // Left in the cache by the grant before the re-connect: expired, with a refresh token the platform no longer knows.
    await store.set({
      key: 'toutiao:open-id-1',
      token: { value: 'act.OLD', expiresAt: Date.now() - 1, refreshToken: 'rft.OLD_GRANT', refreshExpiresAt: Date.now() + 86_400_000 },
    })
    const credentials = { ...TOUTIAO_CREDENTIALS, expiresAt: Date.now() - 1 }
    const { ctx } = createTestContext({ credentials, assets: TOUTIAO_ASSETS, tokens: createTokenProvider({ store }) })
    await createToutiaoVideoPublisher({ apiBase: fake.baseUrl }).publish({ request: toutiaoVideoRequest(), ctx })
    assert.equal((await control.entries('token')).length, 1, 'one refresh, accepted')
    assert.equal((await store.get('toutiao:open-id-1'))?.refreshToken, 'rft.FAKE_DEMO', "the account's grant is the one cached now")
  })

  test('the fake de-duplicates video/create by video_id (toutiao.md §1.2)', async () => {
    const { ctx, recorded } = createTestContext({ credentials: TOUTIAO_CREDENTIALS, assets: TOUTIAO_ASSETS })
    await createToutiaoVideoPublisher({ apiBase: fake.baseUrl }).publish({ request: toutiaoVideoRequest(), ctx })
    const again = await fetch(`${fake.baseUrl}/toutiao/video/create/?open_id=open-id-1`, {
      method: 'POST',
      headers: { 'access-token': 'act.FAKE_DEMO', 'content-type': 'application/json' },
      body: JSON.stringify({ video_id: recorded.video, text: 'x' }),
    })
    assert.equal(((await again.json()) as { data: { item_id: string } }).data.item_id, recorded.item)
    assert.equal((await control.entries('video')).length, 1)
  })
})
