import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readNote, readRemoteIds, readSettings } from './deliveryJson'

test('json columns are read once, whatever a row holds', () => {
  assert.deepEqual(readRemoteIds({ draft: 'd1', publish: 'p1' }), { draft: 'd1', publish: 'p1' })
  assert.deepEqual(readRemoteIds({ draft: 'd1', count: 3 }), { draft: 'd1' }, 'only string ids')
  for (const value of [null, undefined, 'x', 7]) assert.deepEqual(readRemoteIds(value), {}, String(value))
  assert.deepEqual(readNote({ kind: 'paused', at: '2026-12-04T10:00:00.000Z', code: null }), {
    kind: 'paused',
    at: '2026-12-04T10:00:00.000Z',
    code: null,
  })
  assert.equal(readNote(null), null)
  assert.equal(readNote({ at: 12 }), null, 'a note whose time is not text is no note')
  assert.deepEqual(readSettings({ rip: '203.0.113.7' }), { rip: '203.0.113.7' })
  assert.deepEqual(readSettings(null), {})
})
