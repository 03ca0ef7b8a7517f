import assert from 'node:assert/strict'
import { test } from 'node:test'
import { signState, verifyState } from './signedState'

test('a signed state round-trips; tampering, another secret and expiry are refused', () => {
  const state = signState({ subject: '42', secret: 's1', ttlMs: 600_000, now: 1000 })
  assert.deepEqual(verifyState({ state, secret: 's1', now: 2000 }), { subject: '42' })
  assert.ok('error' in verifyState({ state: state.replace(/^42/, '43'), secret: 's1', now: 2000 }))
  assert.ok('error' in verifyState({ state, secret: 's2', now: 2000 }))
  assert.match(
    'error' in verifyState({ state, secret: 's1', now: 700_000 })
      ? (verifyState({ state, secret: 's1', now: 700_000 }) as { error: string }).error
      : '',
    /超时/,
  )
  assert.ok('error' in verifyState({ state: 'garbage', secret: 's1' }))
})
