import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeCredentials } from './normalizeCredentials'

test('expiresAt becomes epoch ms from ISO or digits; garbage is dropped, not guessed', () => {
  assert.equal(normalizeCredentials({ expiresAt: '2026-12-01T00:00:00Z' }).expiresAt, Date.UTC(2026, 11, 1))
  assert.equal(normalizeCredentials({ expiresAt: '1796083200000' }).expiresAt, 1796083200000)
  assert.equal('expiresAt' in normalizeCredentials({ expiresAt: 'next week', appKey: 'k' }), false)
  assert.equal(normalizeCredentials({ appKey: 'k' }).appKey, 'k')
})
