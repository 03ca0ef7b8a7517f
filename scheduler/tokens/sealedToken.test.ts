import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, test } from 'node:test'
import { sealSecret } from '../../lib/secretBox'
import { openToken, sealToken } from './sealedToken'

const key = randomBytes(32)
const redisKey = 'cms:token:toutiao:open-id-1'
const token = {
  value: 'act.SECRET-ACCESS',
  expiresAt: 1_900_000_000_000,
  refreshToken: 'rft.SECRET-REFRESH',
  refreshExpiresAt: 1_950_000_000_000,
}

describe('sealed tokens in Redis', () => {
  test('a sealed token opens to itself under its own Redis key, and shows nothing of the token', () => {
    const sealed = sealToken({ token, redisKey, key })
    assert.match(sealed, /^v1\./)
    for (const secret of [token.value, token.refreshToken, 'SECRET']) assert.ok(!sealed.includes(secret))
    assert.deepEqual(openToken({ sealed, redisKey, key }), token)
  })

  test('anything that does not open is a miss, never an error', () => {
    const sealed = sealToken({ token, redisKey, key })
    assert.equal(openToken({ sealed, redisKey, key: randomBytes(32) }), undefined, 'another key')
    assert.equal(openToken({ sealed, redisKey: 'cms:token:toutiao:open-id-2', key }), undefined, "another account's Redis key")
    assert.equal(openToken({ sealed: JSON.stringify(token), redisKey, key }), undefined, 'a plaintext entry from before sealing')
    assert.equal(openToken({ sealed: `${sealed.slice(0, -4)}AAAA`, redisKey, key }), undefined, 'tampered')
    assert.equal(openToken({ sealed: '', redisKey, key }), undefined)
    const notAToken = sealSecret({ plaintext: '{"value":""}', key, context: `scheduler/token-cache/v1:${redisKey}` })
    assert.equal(openToken({ sealed: notAToken, redisKey, key }), undefined, 'opens, but is not a token')
  })

  test('only a token is sealed', () => {
    assert.throws(() => sealToken({ token: { value: '', expiresAt: 0 }, redisKey, key }))
  })
})
