import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { statsJobId } from '../statsJobs'
import { nextReread } from './statsReread'

describe('nextReread', () => {
  const cases = [
    { name: 'nothing delayed: no re-read', delayedDates: [], reread: 0, expected: null },
    {
      name: 'the daily run found delayed days: the first re-read, over their span',
      delayedDates: ['2026-12-03', '2026-12-01'],
      reread: 0,
      expected: { reread: 1, window: { from: '2026-12-01', to: '2026-12-03' } },
    },
    {
      name: 'the second re-read after the first',
      delayedDates: ['2026-12-03'],
      reread: 1,
      expected: { reread: 2, window: { from: '2026-12-03', to: '2026-12-03' } },
    },
    {
      name: 'the third is the last of the day',
      delayedDates: ['2026-12-03'],
      reread: 2,
      expected: { reread: 3, window: { from: '2026-12-03', to: '2026-12-03' } },
    },
    { name: 'after three, no more (the next daily run reads the week again)', delayedDates: ['2026-12-03'], reread: 3, expected: null },
  ]
  for (const c of cases) test(c.name, () => assert.deepEqual(nextReread(c), c.expected))
})

describe('statsJobId', () => {
  test('derived from the account and the day, and the re-read', () => {
    assert.equal(statsJobId({ account: 12, day: '2026-12-04' }), 'stats-12-2026-12-04')
    assert.equal(statsJobId({ account: 12, day: '2026-12-04', reread: 0 }), 'stats-12-2026-12-04')
    assert.equal(statsJobId({ account: 'a1b2', day: '2026-12-04', reread: 2 }), 'stats-a1b2-2026-12-04-reread-2')
  })
  test('never holds a colon (BullMQ refuses custom ids with one)', () => {
    assert.doesNotMatch(statsJobId({ account: 'x', day: '2026-12-04', reread: 3 }), /:/)
  })
})
