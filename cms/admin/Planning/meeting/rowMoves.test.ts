import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ideasToApprove, movesFor } from './rowMoves'

test('an idea can be approved, an approved topic sent back; topics in production or done have no meeting moves', () => {
  assert.deepEqual(movesFor('idea'), ['approve'])
  assert.deepEqual(movesFor('approved'), ['sendBack'])
  assert.deepEqual(movesFor('in_production'), [])
  assert.deepEqual(movesFor('done'), [])
})

test('本周全部通过 takes the ideas only, in page order', () => {
  const topics = [
    { id: 3, state: 'idea' as const },
    { id: 1, state: 'approved' as const },
    { id: 7, state: 'idea' as const },
    { id: 2, state: 'done' as const },
  ]
  assert.deepEqual(ideasToApprove(topics), [3, 7])
})
