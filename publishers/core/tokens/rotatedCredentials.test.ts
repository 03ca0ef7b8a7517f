import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createMemoryLogger } from '../logger'
import { reportRotatedCredentials, rotatedCredentials, type RotatedCredentials } from './rotatedCredentials'

const token = { value: 'act.NEW', expiresAt: 1_000, refreshToken: 'rft.NEW', refreshExpiresAt: 2_000 }

describe('rotated credentials', () => {
  test('a refreshed token becomes the account fields it replaces; absent refresh fields stay absent', () => {
    assert.deepEqual(rotatedCredentials(token), {
      accessToken: 'act.NEW',
      expiresAt: 1_000,
      refreshToken: 'rft.NEW',
      refreshExpiresAt: 2_000,
    })
    assert.deepEqual(rotatedCredentials({ value: 'T', expiresAt: 5 }), { accessToken: 'T', expiresAt: 5 })
  })

  test('the handler receives them; without a handler nothing happens', async () => {
    const { logger } = createMemoryLogger()
    const seen: RotatedCredentials[] = []
    await reportRotatedCredentials({
      logger,
      platform: 'toutiao',
      token,
      onCredentialsRotated: async ({ credentials }) => void seen.push(credentials),
    })
    assert.deepEqual(seen, [rotatedCredentials(token)])
    await reportRotatedCredentials({ logger, platform: 'toutiao', token })
  })

  test('a handler that fails is logged, without the token, and does not fail the refresh', async () => {
    const { logger, entries } = createMemoryLogger()
    await reportRotatedCredentials({
      logger,
      platform: 'toutiao',
      token,
      onCredentialsRotated: async () => {
        throw new Error('database is locked')
      },
    })
    assert.equal(entries.length, 1)
    assert.equal(entries[0].level, 'error')
    assert.equal(entries[0].fields.error, 'database is locked')
    assert.ok(!JSON.stringify(entries).includes('act.NEW') && !JSON.stringify(entries).includes('rft.NEW'))
  })
})
