import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeCredentials } from '../delivery/normalizeCredentials'
import { rotatedCredentialFields } from './writeRotatedCredentials'

test('a refreshed token is stored as text with ISO 8601 times, and reads back as the same epoch ms', () => {
  const rotated = {
    accessToken: 'act.NEW',
    expiresAt: Date.UTC(2026, 5, 18, 4),
    refreshToken: 'rft.NEW',
    refreshExpiresAt: Date.UTC(2026, 6, 3, 4),
  }
  const fields = rotatedCredentialFields(rotated)
  assert.deepEqual(fields, {
    accessToken: 'act.NEW',
    expiresAt: '2026-06-18T04:00:00.000Z',
    refreshToken: 'rft.NEW',
    refreshExpiresAt: '2026-07-03T04:00:00.000Z',
  })
  assert.deepEqual(normalizeCredentials(fields), rotated)
})

test('without a refresh token in the reply, the stored one is left as it is (the field is not sent)', () => {
  assert.deepEqual(Object.keys(rotatedCredentialFields({ accessToken: 'T', expiresAt: 0 })), ['accessToken', 'expiresAt'])
})

test("Douyin's renewal count is stored with the token and parsed back by the Douyin credentials schema", async () => {
  const fields = rotatedCredentialFields({ accessToken: 'act.R', expiresAt: 0, refreshToken: 'rft.R', refreshRenewals: 3 })
  assert.equal(fields.refreshRenewals, '3')
  const { douyinCredentialsSchema } = await import('../../publishers/douyin/accountSchemas')
  const parsed = douyinCredentialsSchema.parse(normalizeCredentials({ ...fields, clientKey: 'k', clientSecret: 's', openId: 'o' }))
  assert.equal(parsed.refreshRenewals, 3)
})
