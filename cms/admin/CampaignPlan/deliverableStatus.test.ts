import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ReviewState } from '../../workflow/reviewStates'
import { deliverableSummary, type DeliverableInput } from './deliverableStatus'

// 2026-05-10 09:00 in Shanghai.
const NOW = new Date('2026-05-10T01:00:00.000Z')
const row = (args: { due?: string; status?: ReviewState | null }): DeliverableInput => ({
  title: '预热推文',
  ownerName: '小王',
  dueDate: args.due ?? null,
  item: args.status === undefined ? null : { relationTo: 'articles', id: 1, title: '预热', status: args.status },
})
const stateOf = (input: DeliverableInput) =>
  deliverableSummary({ deliverables: [input], now: NOW, timeZone: 'Asia/Shanghai' }).rows[0]?.state

describe('deliverableSummary', () => {
  const TABLE: { name: string; input: DeliverableInput; state: string }[] = [
    { name: 'approved item: done', input: row({ due: '2026-05-01T12:00:00.000Z', status: 'approved' }), state: 'done' },
    { name: 'scheduled item: done', input: row({ status: 'scheduled' }), state: 'done' },
    { name: 'published item: done even when late', input: row({ due: '2026-04-01T12:00:00.000Z', status: 'published' }), state: 'done' },
    { name: 'item in review past its day: late', input: row({ due: '2026-05-09T12:00:00.000Z', status: 'in_review' }), state: 'late' },
    { name: 'no item past its day: late', input: row({ due: '2026-05-09T12:00:00.000Z' }), state: 'late' },
    { name: 'draft due today: open', input: row({ due: '2026-05-10T12:00:00.000Z', status: 'draft' }), state: 'open' },
    { name: 'archived item not yet due: open', input: row({ due: '2026-06-01T12:00:00.000Z', status: 'archived' }), state: 'open' },
    { name: 'unreadable item, no due date: open', input: row({ status: null }), state: 'open' },
  ]
  for (const entry of TABLE) it(entry.name, () => assert.equal(stateOf(entry.input), entry.state))

  it('reads the due day in the team zone and counts each state', () => {
    const summary = deliverableSummary({
      deliverables: [row({ due: '2026-05-09T16:30:00.000Z' }), row({ due: '2026-05-08T12:00:00.000Z' }), row({ status: 'published' })],
      now: NOW,
      timeZone: 'Asia/Shanghai',
    })
    assert.equal(summary.rows[0]?.dueDay, '2026-05-10')
    assert.deepEqual([summary.done, summary.late, summary.open], [1, 1, 1])
    assert.equal(summary.rows[1]?.ownerName, '小王')
  })
})
