import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decidedLines } from './decidedLines'

describe('decidedLines', () => {
  const stored = [
    { id: 'a', category: 'ads', planned: 9000, spent: 0, approval: 'pending' as const, approvedBy: null, approvedAt: null },
    {
      id: 'b',
      category: 'prizes',
      planned: 8000,
      spent: 100,
      approval: 'approved' as const,
      approvedBy: { id: 3 },
      approvedAt: '2026-01-01',
    },
  ]

  it('changes only that row’s approval and leaves the stamps to the server', () => {
    assert.deepEqual(decidedLines({ stored, rowId: 'a', approval: 'approved' }), {
      budgetLines: [
        { id: 'a', category: 'ads', planned: 9000, spent: 0, approval: 'approved' },
        { id: 'b', category: 'prizes', planned: 8000, spent: 100, approval: 'approved' },
      ],
    })
  })

  it('is null for a row no longer stored', () => {
    assert.equal(decidedLines({ stored, rowId: 'gone', approval: 'rejected' }), null)
  })
})
