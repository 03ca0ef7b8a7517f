import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { budgetLinesFrom, campaignPlanPath, campaignPlanSchema, deliverablesFrom } from './campaignPlanReply'

describe('campaignPlanReply', () => {
  const reply = campaignPlanSchema.parse({
    budgetLines: [{ id: 'x', category: 'ads', channel: 'douyin', planned: 9000, spent: null, approval: 'pending', approvedBy: null }],
    deliverables: [
      {
        title: '海报',
        owner: { id: 2, name: '小李' },
        dueDate: '2026-05-01T12:00:00.000Z',
        item: { relationTo: 'posters', value: { id: 5, title: '主海报', status: 'approved' } },
      },
      { title: '推文', owner: 4, item: { relationTo: 'articles', value: 7 } },
      { title: '视频' },
    ],
  })

  it('reads owners and items, populated or as bare ids', () => {
    assert.deepEqual(deliverablesFrom(reply), [
      {
        title: '海报',
        ownerName: '小李',
        dueDate: '2026-05-01T12:00:00.000Z',
        item: { relationTo: 'posters', id: 5, title: '主海报', status: 'approved' },
      },
      { title: '推文', ownerName: '#4', dueDate: null, item: { relationTo: 'articles', id: 7, title: null, status: null } },
      { title: '视频', ownerName: null, dueDate: null, item: null },
    ])
  })

  it('reads the budget lines', () => {
    assert.deepEqual(budgetLinesFrom(reply), [
      { id: 'x', category: 'ads', channel: 'douyin', label: undefined, planned: 9000, spent: null, approval: 'pending' },
    ])
  })

  it('asks for the titles and review states of the items only', () => {
    const path = campaignPlanPath(12)
    assert.match(path, /^\/campaigns\/12\?depth=1&/)
    assert.match(path, /populate\[articles\]\[status\]=true/)
    assert.match(path, /populate\[users\]\[name\]=true/)
  })
})
