import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { describeTokenExpiry } from './tokenExpiry'
import { createTokenProvider } from './tokenProvider'
import { createMemoryTokenStore } from './tokenStore'

describe('token provider', () => {
  test('single flight: concurrent callers share one fetch; a cached token is reused until 5 min before expiry', async () => {
    let now = 1_000_000
    let fetches = 0
    const provider = createTokenProvider({ store: createMemoryTokenStore(), now: () => now })
    const fetch = async () => {
      fetches += 1
      await new Promise((resolve) => setTimeout(resolve, 20))
      return { value: `T${fetches}`, expiresAt: now + 7_200_000 }
    }
    const values = await Promise.all([1, 2, 3, 4].map(() => provider.get({ key: 'wechat:a', fetch })))
    assert.deepEqual(
      values.map((t) => t.value),
      ['T1', 'T1', 'T1', 'T1'],
    )
    assert.equal((await provider.get({ key: 'wechat:a', fetch })).value, 'T1')
    now += 7_200_000 - 299_000
    assert.equal((await provider.get({ key: 'wechat:a', fetch })).value, 'T2')
    assert.equal(fetches, 2)
  })

  test('refresh after a rejection fetches once, even when several callers saw the same rejected token', async () => {
    let fetches = 0
    const provider = createTokenProvider({ store: createMemoryTokenStore() })
    const fetch = async () => {
      fetches += 1
      await new Promise((resolve) => setTimeout(resolve, 10))
      return { value: `T${fetches}`, expiresAt: Date.now() + 7_200_000 }
    }
    const first = await provider.get({ key: 'k', fetch })
    const refreshed = await Promise.all([1, 2, 3].map(() => provider.refresh({ key: 'k', rejected: first.value, fetch })))
    assert.deepEqual(
      refreshed.map((t) => t.value),
      ['T2', 'T2', 'T2'],
    )
    assert.equal((await provider.refresh({ key: 'k', rejected: first.value, fetch })).value, 'T2', 'already replaced: no new fetch')
    assert.equal(fetches, 2)
  })

  test('the fetcher sees the stored token (for its refresh token)', async () => {
    const store = createMemoryTokenStore()
    await store.set({ key: 'k', token: { value: 'old', expiresAt: 0, refreshToken: 'R1' } })
    const provider = createTokenProvider({ store })
    const token = await provider.get({
      key: 'k',
      fetch: async ({ current }) => ({ value: `from-${current?.refreshToken}`, expiresAt: Date.now() + 1e9 }),
    })
    assert.equal(token.value, 'from-R1')
    assert.equal((await store.get('k'))?.value, 'from-R1')
  })

  test('expiry description for the admin', () => {
    assert.deepEqual(describeTokenExpiry({ now: 0 }), { state: 'unknown' })
    assert.deepEqual(describeTokenExpiry({ expiresAt: 10, now: 20 }), { state: 'expired', msLeft: 0 })
    assert.equal(describeTokenExpiry({ expiresAt: 3_600_000, now: 0 }).state, 'expiring')
    assert.equal(describeTokenExpiry({ expiresAt: 7 * 86_400_000, now: 0 }).state, 'valid')
  })
})
