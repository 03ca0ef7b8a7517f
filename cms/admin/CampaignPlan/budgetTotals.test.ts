import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { BudgetLine } from '../../planning/budgetRule'
import { budgetTotals } from './budgetTotals'

const line = (overrides: Partial<BudgetLine>): BudgetLine => ({
  category: 'ads',
  planned: 0,
  spent: 0,
  approval: 'not_needed',
  ...overrides,
})

describe('budgetTotals', () => {
  it('sums planned and spent per category, in the categories’ order, and in total', () => {
    const totals = budgetTotals([
      line({ category: 'prizes', planned: 2000, spent: 500 }),
      line({ category: 'ads', channel: 'douyin', planned: 3000, spent: 1000 }),
      line({ category: 'ads', channel: 'xiaohongshu', planned: 1000, spent: null }),
    ])
    assert.deepEqual(
      totals.rows.map((row) => [row.label, row.planned, row.spent, row.over]),
      [
        ['投流', 4000, 1000, false],
        ['奖品', 2000, 500, false],
      ],
    )
    assert.deepEqual(totals.total, { planned: 6000, spent: 1500, over: false })
  })

  it('marks a category and the total spent over plan', () => {
    const totals = budgetTotals([line({ category: 'production', planned: 100, spent: 150 })])
    assert.equal(totals.rows[0]?.over, true)
    assert.equal(totals.total.over, true)
  })

  it('lists the lines waiting for an admin', () => {
    const totals = budgetTotals([
      line({ id: 'a', approval: 'pending' }),
      line({ id: 'b', approval: 'approved' }),
      line({ id: 'c', approval: 'rejected' }),
    ])
    assert.deepEqual(
      totals.pending.map((pending) => pending.id),
      ['a'],
    )
  })

  it('is empty without lines', () => {
    assert.deepEqual(budgetTotals([]), { rows: [], total: { planned: 0, spent: 0, over: false }, pending: [] })
  })
})
