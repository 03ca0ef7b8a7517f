import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DRIFT_MS, OVERDUE_MS, READ_BACK_EVERY_MS, reconcileDecision, worthSettling, type ReconcileAction } from './reconcileDecision'

const now = 1_000_000_000
const later = now + 3_600_000

test('the reconciler, per delivery: a job for every delivery that needs one, at its calendar time', () => {
  const rows: [string, Parameters<typeof reconcileDecision>[0], ReconcileAction][] = [
    [
      'no job, queued for later',
      { job: null, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'readd', runAt: later },
    ],
    [
      'no job, queued and due',
      { job: null, deliveryState: 'queued', dueAt: now, now, worthSettling: false },
      { kind: 'readd', runAt: null },
    ],
    ['no job, sending', { job: null, deliveryState: 'sending', dueAt: now, now, worthSettling: false }, { kind: 'readd', runAt: null }],
    [
      'no job, processing',
      { job: null, deliveryState: 'processing', dueAt: now, now, worthSettling: false },
      { kind: 'readd', runAt: null },
    ],
    [
      'no job, unconfirmed and worth settling',
      { job: null, deliveryState: 'unconfirmed', dueAt: now, now, worthSettling: true },
      { kind: 'readd', runAt: null },
    ],
    [
      'no job, unconfirmed, not worth settling',
      { job: null, deliveryState: 'unconfirmed', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'completed job, queued',
      { job: { state: 'completed', firesAt: 0 }, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'readd', runAt: later },
    ],
    [
      'failed job, processing',
      { job: { state: 'failed', firesAt: 0 }, deliveryState: 'processing', dueAt: now, now, worthSettling: false },
      { kind: 'readd', runAt: null },
    ],
    [
      'failed job, unconfirmed, not worth settling',
      { job: { state: 'failed', firesAt: 0 }, deliveryState: 'unconfirmed', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'active job',
      { job: { state: 'active', firesAt: 0 }, deliveryState: 'sending', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'waiting job',
      { job: { state: 'waiting', firesAt: now }, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'delayed job long overdue',
      { job: { state: 'delayed', firesAt: now - OVERDUE_MS - 1 }, deliveryState: 'queued', dueAt: now, now, worthSettling: false },
      { kind: 'promote' },
    ],
    [
      'delayed job overdue, any state',
      { job: { state: 'delayed', firesAt: now - OVERDUE_MS - 1 }, deliveryState: 'processing', dueAt: now, now, worthSettling: false },
      { kind: 'promote' },
    ],
    [
      'delayed job just past its time',
      { job: { state: 'delayed', firesAt: now - OVERDUE_MS }, deliveryState: 'queued', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'delayed job of a processing delivery (a poll)',
      { job: { state: 'delayed', firesAt: later }, deliveryState: 'processing', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'delayed job, delivery due now',
      { job: { state: 'delayed', firesAt: later }, deliveryState: 'queued', dueAt: now, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'delayed job on time',
      { job: { state: 'delayed', firesAt: later + DRIFT_MS }, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'nothing' },
    ],
    [
      'delayed job off its time (a lost reschedule)',
      { job: { state: 'delayed', firesAt: later + DRIFT_MS + 1 }, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'move', delayMs: later - now },
    ],
    [
      'delayed job early',
      { job: { state: 'delayed', firesAt: later - 60_000 }, deliveryState: 'queued', dueAt: later, now, worthSettling: false },
      { kind: 'move', delayMs: later - now },
    ],
  ]
  for (const [name, input, expected] of rows) assert.deepEqual(reconcileDecision(input), expected, name)
})

test('an unconfirmed delivery gets a job when the record proves it unsent, or for a read-back at most hourly', () => {
  const rows: [Parameters<typeof worthSettling>[0], boolean][] = [
    [{ plan: 'requeue', lastNoteAt: now, now }, true],
    [{ plan: 'operator', lastNoteAt: null, now }, false],
    [{ plan: 'read-back', lastNoteAt: null, now }, true],
    [{ plan: 'read-back', lastNoteAt: now - READ_BACK_EVERY_MS + 1, now }, false],
    [{ plan: 'read-back', lastNoteAt: now - READ_BACK_EVERY_MS, now }, true],
  ]
  for (const [input, expected] of rows) assert.equal(worthSettling(input), expected, JSON.stringify(input))
})
