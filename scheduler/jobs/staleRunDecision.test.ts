import assert from 'node:assert/strict'
import { test } from 'node:test'
import { staleRunDecision, type StaleRunAction } from './staleRunDecision'

const now = 1_000_000_000
const timing = { heartbeatMs: 5000, leaseMs: 15_000 }
const quiet = 2 * timing.heartbeatMs

test('a sending delivery is recovered only after two heartbeats with no run holding its lease', () => {
  const rows: [string, { leaseHeld: boolean; staleSince: number | undefined }, StaleRunAction][] = [
    ['a run holds the lease', { leaseHeld: true, staleSince: undefined }, { kind: 'wait', afterMs: timing.leaseMs, staleSince: undefined }],
    [
      'a run holds it again: the count starts over',
      { leaseHeld: true, staleSince: now - quiet * 5 },
      { kind: 'wait', afterMs: timing.leaseMs, staleSince: undefined },
    ],
    ['first found without a run', { leaseHeld: false, staleSince: undefined }, { kind: 'wait', afterMs: quiet, staleSince: now }],
    ['still quiet for less than two heartbeats', { leaseHeld: false, staleSince: now - 4000 }, { kind: 'wait', afterMs: quiet - 4000 }],
    ['quiet for exactly two heartbeats', { leaseHeld: false, staleSince: now - quiet }, { kind: 'recover' }],
    ['quiet for longer', { leaseHeld: false, staleSince: now - quiet * 3 }, { kind: 'recover' }],
  ]
  for (const [name, input, expected] of rows) assert.deepEqual(staleRunDecision({ ...input, ...timing, now }), expected, name)
})

test('waiting while quiet keeps the first sighting; a held lease clears it', () => {
  const first = staleRunDecision({ leaseHeld: false, staleSince: undefined, now, ...timing })
  assert.ok(first.kind === 'wait' && 'staleSince' in first && first.staleSince === now)
  const next = staleRunDecision({ leaseHeld: false, staleSince: now, now: now + 1, ...timing })
  assert.ok(next.kind === 'wait' && !('staleSince' in next), 'the job data keeps its staleSince')
  const held = staleRunDecision({ leaseHeld: true, staleSince: now, now: now + 1, ...timing })
  assert.ok(held.kind === 'wait' && 'staleSince' in held && held.staleSince === undefined, 'the job data drops its staleSince')
})
