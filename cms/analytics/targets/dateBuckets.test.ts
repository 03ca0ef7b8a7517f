import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { bucketsOf } from './dateBuckets'

describe('bucketsOf', () => {
  it('counts months from the first day and marks the cut-short last one', () => {
    assert.deepEqual(bucketsOf({ span: { from: '2026-01-31', to: '2026-03-10' }, unit: 'month' }), [
      { from: '2026-01-31', to: '2026-02-27', complete: true },
      { from: '2026-02-28', to: '2026-03-10', complete: false },
    ])
  })

  it('cuts days one by one', () => {
    assert.equal(bucketsOf({ span: { from: '2026-12-30', to: '2027-01-02' }, unit: 'day' }).length, 4)
  })
})
