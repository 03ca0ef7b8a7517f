import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { decideEntry, entryStateForDelivery } from './entryDecision'

const now = new Date('2026-11-21T12:00:00Z')
const later = new Date('2026-11-24T12:00:00Z')
const formatTime = (d: Date) => d.toISOString()

describe('a calendar entry by content state and time', () => {
  const rows = [
    ['approved', later, 'schedule'],
    ['scheduled', later, 'schedule'],
    ['published', later, 'schedule'],
    ['in_review', later, 'waiting_approval'],
    ['draft', later, 'planned'],
    ['changes_requested', later, 'planned'],
    ['archived', later, 'refuse'],
    ['approved', new Date('2026-11-21T11:59:00Z'), 'refuse'],
    ['approved', new Date('invalid'), 'refuse'],
  ] as const
  for (const [contentState, publishAt, expected] of rows) {
    test(`${contentState} at ${publishAt.toString().slice(0, 24)} → ${expected}`, () => {
      const decision = decideEntry({ contentState, publishAt, now, formatTime })
      const got = decision.kind === 'wait' ? decision.entryState : decision.kind
      assert.equal(got, expected)
      if (decision.kind === 'refuse') assert.ok(decision.message.length > 8)
    })
  }
  test('a past time names the time in the message', () => {
    const d = decideEntry({ contentState: 'approved', publishAt: new Date('2026-11-20T12:00:00Z'), now, formatTime })
    assert.ok(d.kind === 'refuse' && d.message.includes('2026-11-20T12:00:00.000Z'))
  })
})

test('delivery progress shows on the calendar', () => {
  assert.equal(entryStateForDelivery('processing'), 'publishing')
  assert.equal(entryStateForDelivery('unconfirmed'), 'failed')
  assert.equal(entryStateForDelivery('published'), 'published')
  assert.equal(entryStateForDelivery('cancelled'), null)
})
