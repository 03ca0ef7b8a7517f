import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyBudgetRule, budgetLineName, linesNowPending, type BudgetActor, type BudgetLine } from './budgetRule'
import type { BudgetApproval } from './planningLabels'

const NOW = new Date('2026-05-01T02:00:00.000Z')
const STAMP = { approvedBy: 7, approvedAt: '2026-04-01T00:00:00.000Z' }
const admin: BudgetActor = { kind: 'admin', id: 1 }
const member: BudgetActor = { kind: 'member' }
const system: BudgetActor = { kind: 'system' }

const line = (overrides: Partial<BudgetLine>): BudgetLine => ({
  id: 'a',
  category: 'ads',
  channel: 'douyin',
  planned: 0,
  spent: 0,
  ...overrides,
})

type Row = {
  name: string
  actor: BudgetActor
  previous?: Partial<BudgetLine>
  next: Partial<BudgetLine>
  approval: BudgetApproval
  stamp: 'actor' | 'kept' | 'cleared'
}

// Threshold 5000 throughout. `next.approval` is what the save carries after field access.
const ROWS: Row[] = [
  {
    name: 'an approved line moved to another purpose waits again',
    actor: member,
    previous: { planned: 8000, approval: 'approved', ...STAMP },
    next: { planned: 8000, category: 'prizes', channel: null, approval: 'approved', ...STAMP },
    approval: 'pending',
    stamp: 'cleared',
  },
  { name: 'a new line at the threshold needs nothing', actor: member, next: { planned: 5000 }, approval: 'not_needed', stamp: 'cleared' },
  { name: 'a new line above waits', actor: member, next: { planned: 5001 }, approval: 'pending', stamp: 'cleared' },
  {
    name: "a member's new line asking approved still waits",
    actor: member,
    next: { planned: 8000, approval: 'approved' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: "an admin's new line may be approved at once",
    actor: admin,
    next: { planned: 8000, approval: 'approved' },
    approval: 'approved',
    stamp: 'actor',
  },
  {
    name: "an admin's new line left at the default waits",
    actor: admin,
    next: { planned: 8000, approval: 'not_needed' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'raised over the threshold waits',
    actor: member,
    previous: { planned: 3000, approval: 'not_needed' },
    next: { planned: 6000, approval: 'not_needed' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'lowered to the threshold needs nothing any more',
    actor: member,
    previous: { planned: 9000, approval: 'pending' },
    next: { planned: 5000, approval: 'pending' },
    approval: 'not_needed',
    stamp: 'cleared',
  },
  {
    name: 'an admin approves a waiting line',
    actor: admin,
    previous: { planned: 9000, approval: 'pending' },
    next: { planned: 9000, approval: 'approved' },
    approval: 'approved',
    stamp: 'actor',
  },
  {
    name: 'an admin refuses a waiting line',
    actor: admin,
    previous: { planned: 9000, approval: 'pending' },
    next: { planned: 9000, approval: 'rejected' },
    approval: 'rejected',
    stamp: 'actor',
  },
  {
    name: 'an approved line kept or lowered stays approved',
    actor: member,
    previous: { planned: 9000, approval: 'approved', ...STAMP },
    next: { planned: 8000, approval: 'approved' },
    approval: 'approved',
    stamp: 'kept',
  },
  {
    name: 'an approved line raised waits again',
    actor: member,
    previous: { planned: 9000, approval: 'approved', ...STAMP },
    next: { planned: 9500, approval: 'approved' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'an approved line raised by an admin who did not touch approval waits again',
    actor: admin,
    previous: { planned: 9000, approval: 'approved', ...STAMP },
    next: { planned: 9500, approval: 'approved' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'a refused line with the same amount stays refused',
    actor: member,
    previous: { planned: 9000, approval: 'rejected', ...STAMP },
    next: { planned: 9000, approval: 'rejected' },
    approval: 'rejected',
    stamp: 'kept',
  },
  {
    name: 'a refused line with a new amount is asked again',
    actor: member,
    previous: { planned: 9000, approval: 'rejected', ...STAMP },
    next: { planned: 7000, approval: 'rejected' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'an admin cannot wave a line through as not needed',
    actor: admin,
    previous: { planned: 9000, approval: 'pending' },
    next: { planned: 9000, approval: 'not_needed' },
    approval: 'pending',
    stamp: 'cleared',
  },
  {
    name: 'the system may seed an approved line',
    actor: system,
    next: { planned: 9000, approval: 'approved', ...STAMP },
    approval: 'approved',
    stamp: 'kept',
  },
]

describe('applyBudgetRule', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const result = applyBudgetRule({
        lines: [line(row.next)],
        previousLines: row.previous ? [line(row.previous)] : [],
        threshold: 5000,
        actor: row.actor,
        now: NOW,
      })
      assert.ok(result.ok)
      const [settled] = result.lines
      assert.equal(settled?.approval, row.approval)
      const expected = {
        actor: { approvedBy: 1, approvedAt: NOW.toISOString() },
        kept: STAMP,
        cleared: { approvedBy: null, approvedAt: null },
      }[row.stamp]
      assert.deepEqual({ approvedBy: settled?.approvedBy, approvedAt: settled?.approvedAt }, expected)
    })
  }

  it('lines are matched by row id, not position', () => {
    const result = applyBudgetRule({
      lines: [line({ id: 'new', planned: 9000 }), line({ id: 'old', planned: 9000, approval: 'approved' })],
      previousLines: [line({ id: 'old', planned: 9000, approval: 'approved', ...STAMP })],
      threshold: 5000,
      actor: member,
      now: NOW,
    })
    assert.ok(result.ok)
    assert.deepEqual(
      result.lines.map((settled) => settled.approval),
      ['pending', 'approved'],
    )
  })

  it('uses the threshold it is given', () => {
    const result = applyBudgetRule({ lines: [line({ planned: 800 })], previousLines: [], threshold: 500, actor: member, now: NOW })
    assert.ok(result.ok)
    assert.equal(result.lines[0]?.approval, 'pending')
  })
})

describe('spending on a line above the threshold', () => {
  const spend = (args: { previous?: Partial<BudgetLine>; next: Partial<BudgetLine>; actor?: BudgetActor }) =>
    applyBudgetRule({
      lines: [line(args.next)],
      previousLines: args.previous ? [line(args.previous)] : [],
      threshold: 5000,
      actor: args.actor ?? member,
      now: NOW,
    })

  it('is refused while the line waits, naming the line and the threshold and saying to ask an admin', () => {
    const result = spend({ next: { planned: 9000, spent: 100 } })
    assert.equal(result.ok, false)
    assert.ok(!result.ok)
    assert.match(result.message, /投流 · 抖音/)
    assert.match(result.message, /5,000 元/)
    assert.match(result.message, /请管理员批准/)
  })

  it('is refused when the spend itself passes the threshold on a line planned under it', () => {
    const result = spend({ next: { planned: 1000, spent: 20_000 } })
    assert.ok(!result.ok)
    assert.match(result.message, /已花 20,000 元，超过计划 1,000 元/)
  })

  it('is refused when an approved line spends more than was approved', () => {
    const result = spend({ previous: { planned: 8000, approval: 'approved' }, next: { planned: 8000, approval: 'approved', spent: 9000 } })
    assert.ok(!result.ok)
    assert.match(result.message, /等管理员批准/)
  })

  it('is refused on a refused line', () => {
    const result = spend({ previous: { planned: 9000, approval: 'rejected' }, next: { planned: 9000, approval: 'rejected', spent: 10 } })
    assert.ok(!result.ok)
    assert.match(result.message, /没有批准/)
  })

  it('names the line by its description when it has one', () => {
    const result = spend({ next: { planned: 9000, spent: 1, label: '双11 达人投放' } })
    assert.ok(!result.ok)
    assert.match(result.message, /「双11 达人投放」/)
  })

  it('is accepted on an approved line, in the same save as the approval, and under the threshold', () => {
    assert.ok(spend({ previous: { planned: 9000, approval: 'approved' }, next: { planned: 9000, approval: 'approved', spent: 900 } }).ok)
    assert.ok(
      spend({ actor: admin, previous: { planned: 9000, approval: 'pending' }, next: { planned: 9000, approval: 'approved', spent: 900 } })
        .ok,
    )
    assert.ok(spend({ next: { planned: 5000, spent: 5000 } }).ok)
  })

  it('keeps what was already spent when an approved line is raised (only more spending waits)', () => {
    const previous = { planned: 9000, approval: 'approved' as const, spent: 3000 }
    assert.ok(spend({ previous, next: { planned: 12000, approval: 'approved', spent: 3000 } }).ok)
    assert.ok(!spend({ previous, next: { planned: 12000, approval: 'approved', spent: 3500 } }).ok)
  })
})

describe('linesNowPending', () => {
  it('lists lines that started waiting in this save, once', () => {
    const lines = [line({ id: 'a', approval: 'pending' }), line({ id: 'b', approval: 'pending' }), line({ id: null, approval: 'pending' })]
    const previousLines = [line({ id: 'a', approval: 'pending' }), line({ id: 'b', approval: 'approved' })]
    assert.deepEqual(
      linesNowPending({ lines, previousLines }).map((pending) => pending.id),
      ['b', null],
    )
  })
})

describe('budgetLineName', () => {
  it('is the description, else category and channel', () => {
    assert.equal(budgetLineName({ category: 'prizes', label: ' 抽奖礼品 ' }), '抽奖礼品')
    assert.equal(budgetLineName({ category: 'ads', channel: 'xiaohongshu' }), '投流 · 小红书')
    assert.equal(budgetLineName({ category: 'production' }), '制作')
  })
})
