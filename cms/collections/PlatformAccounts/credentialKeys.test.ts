import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CREDENTIAL_LABELS, credentialInputKeys, storedCredentialKeys } from './credentialKeys'

test("the form asks each platform for its profile's credentials only, and a typed token's expiry", () => {
  assert.deepEqual(credentialInputKeys('wechat'), ['appId', 'appSecret', 'callbackToken'])
  assert.deepEqual(credentialInputKeys('weibo'), ['appKey', 'appSecret', 'accessToken', 'expiresAt'])
  assert.deepEqual(credentialInputKeys('toutiao'), ['clientKey', 'clientSecret'])
  assert.deepEqual(credentialInputKeys(undefined), [])
  assert.deepEqual(credentialInputKeys('douyin'), [
    'clientKey',
    'clientSecret',
    'openId',
    'accessToken',
    'refreshToken',
    'expiresAt',
    'refreshExpiresAt',
  ])
  assert.deepEqual(credentialInputKeys('xiaohongshu'), [])
  assert.deepEqual(credentialInputKeys('nowhere'), [])
})

test('stored credentials list what the platform asks for plus what the connect flow set', () => {
  const set = new Set(['clientKey', 'openId', 'accessToken', 'expiresAt'])
  assert.deepEqual(
    storedCredentialKeys('toutiao', (key) => set.has(key)),
    ['clientKey', 'clientSecret', 'accessToken', 'expiresAt', 'openId'],
  )
})

test('no label asks for a format people do not speak (ISO 8601)', () => {
  for (const label of Object.values(CREDENTIAL_LABELS)) assert.doesNotMatch(label.zh, /ISO|8601/)
})
