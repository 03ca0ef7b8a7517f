import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createMemoryLogger } from '../core/logger'
import type { RotatedCredentials } from '../core/tokens/rotatedCredentials'
import type { ToutiaoOauthClient, ToutiaoUserToken } from './client'
import { savingRefreshedTokens } from './oauth'

function stubOauth(reply: Omit<ToutiaoUserToken, 'openId'>): ToutiaoOauthClient & { used: string[] } {
  const used: string[] = []
  return {
    used,
    exchangeCode: async () => ({ ...reply, openId: 'open-id-1' }),
    refreshAccessToken: async ({ refreshToken }) => {
      used.push(refreshToken)
      return { ...reply, openId: 'open-id-1' }
    },
  }
}

describe('toutiao refreshes are saved with the account', () => {
  test('a rotated refresh token reaches the account before the refresh returns', async () => {
    const oauth = stubOauth({ value: 'act.2', expiresAt: 10, refreshToken: 'rft.2', refreshExpiresAt: 20 })
    const saved: RotatedCredentials[] = []
    const { logger } = createMemoryLogger()
    const client = savingRefreshedTokens({
      oauth,
      ctx: { logger, onCredentialsRotated: async ({ credentials }) => void saved.push(credentials) },
    })
    const token = await client.refreshAccessToken({ refreshToken: 'rft.1' })
    assert.deepEqual(oauth.used, ['rft.1'])
    assert.equal(token.refreshToken, 'rft.2')
    assert.deepEqual(saved, [{ accessToken: 'act.2', expiresAt: 10, refreshToken: 'rft.2', refreshExpiresAt: 20 }])
  })

  test('a reply without a refresh token keeps the one that was used', async () => {
    const oauth = stubOauth({ value: 'act.2', expiresAt: 10 })
    const saved: RotatedCredentials[] = []
    const { logger } = createMemoryLogger()
    const token = await savingRefreshedTokens({
      oauth,
      ctx: { logger, onCredentialsRotated: async ({ credentials }) => void saved.push(credentials) },
    }).refreshAccessToken({ refreshToken: 'rft.1' })
    assert.equal(token.refreshToken, 'rft.1')
    assert.deepEqual(saved, [{ accessToken: 'act.2', expiresAt: 10, refreshToken: 'rft.1' }])
  })

  test('the code exchange is not a refresh: nothing is reported', async () => {
    let calls = 0
    const { logger } = createMemoryLogger()
    const client = savingRefreshedTokens({
      oauth: stubOauth({ value: 'act.1', expiresAt: 1 }),
      ctx: { logger, onCredentialsRotated: async () => void (calls += 1) },
    })
    await client.exchangeCode({ code: 'C1' })
    assert.equal(calls, 0)
  })
})
