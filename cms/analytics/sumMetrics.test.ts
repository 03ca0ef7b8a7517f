import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { groupRows, sumMetrics } from './sumMetrics'
import { metricRow as row } from './metricRowFixture'

describe('sumMetrics', () => {
  it('adds each metric on its own and keeps unreported metrics null, not zero', () => {
    const totals = sumMetrics([row({ readers: 100, shares: 4, likes: 6 }), row({ date: '2026-12-02', readers: 50, shares: 1 })])
    assert.equal(totals.readers, 150)
    assert.equal(totals.shares, 5)
    assert.equal(totals.likes, 6)
    assert.equal(totals.plays, null)
    assert.equal(totals.interactions, 11)
    assert.equal(totals.interactionRate, 11 / 150)
    assert.equal(totals.posts, 1)
  })

  it('rates a video by its plays when it has no readers, and counts each article of a push as a post', () => {
    const totals = sumMetrics([row({ plays: 200, likes: 10 }), row({ delivery: 2, position: 2, plays: 0 })])
    assert.equal(totals.interactionRate, 10 / 200)
    assert.equal(totals.posts, 2)
  })

  it('groups by any key and skips rows without one', () => {
    const groups = groupRows([row({ account: 1, readers: 3 }), row({ account: 2, readers: 4 }), row({ account: null, readers: 9 })], (r) =>
      r.account === null ? null : String(r.account),
    )
    assert.deepEqual([...groups.keys()], ['1', '2'])
    assert.equal(sumMetrics(groups.get('2') ?? []).readers, 4)
  })
})
