import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_STEPS_PER_RUN, stepLoopDecision, type StepLoopAction } from './stepLoop'

test('a job run loops on steps that need no wait, and moves itself to delayed otherwise', () => {
  const last = MAX_STEPS_PER_RUN - 1
  const rows: [string, Parameters<typeof stepLoopDecision>[0], StepLoopAction][] = [
    ['done', { next: null, step: 0 }, { kind: 'finish' }],
    ['done at the last step', { next: null, step: last }, { kind: 'finish' }],
    ['look again at once (recovered, now run it)', { next: { afterMs: 0 }, step: 0 }, { kind: 'loop' }],
    ['look again at once, one step before the last', { next: { afterMs: 0 }, step: last - 1 }, { kind: 'loop' }],
    ['look again at once, but it was the last step', { next: { afterMs: 0 }, step: last }, { kind: 'delay', afterMs: 1 }],
    ['look again later (a poll, a retry, its time)', { next: { afterMs: 5000 }, step: 0 }, { kind: 'delay', afterMs: 5000 }],
    ['look again later at the last step', { next: { afterMs: 5000 }, step: last }, { kind: 'delay', afterMs: 5000 }],
  ]
  for (const [name, input, expected] of rows) assert.deepEqual(stepLoopDecision(input), expected, name)
})
