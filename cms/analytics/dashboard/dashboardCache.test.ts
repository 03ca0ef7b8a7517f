import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cachedDashboard, clearDashboardCache, LABELS_TTL_MS } from './dashboardCache'
import type { DashboardReply } from './dashboardReply'

describe('cachedDashboard', () => {
  it('answers from memory while the numbers and the labels are fresh, and computes again otherwise', async () => {
    clearDashboardCache()
    let computed = 0
    const compute = async () => {
      computed++
      return { range: { from: String(computed) } } as unknown as DashboardReply
    }
    const ask = (version: string, now: number, key = 'a') => cachedDashboard({ key, version, now, compute })
    assert.equal((await ask('v1', 0)).range.from, '1')
    assert.equal((await ask('v1', 1000)).range.from, '1')
    assert.equal((await ask('v2', 2000)).range.from, '2', 'new numbers')
    assert.equal((await ask('v2', 2000 + LABELS_TTL_MS)).range.from, '3', 'labels too old')
    assert.equal((await ask('v2', 2000 + LABELS_TTL_MS, 'b')).range.from, '4', 'another caller or filter')
    assert.equal(computed, 4)
  })

  it('keeps at most 32 answers, forgetting the oldest first', async () => {
    clearDashboardCache()
    let computed = 0
    const compute = async () => {
      computed++
      return {} as DashboardReply
    }
    for (let i = 0; i < 33; i++) await cachedDashboard({ key: `k${i}`, version: 'v', now: 0, compute })
    await cachedDashboard({ key: 'k32', version: 'v', now: 0, compute })
    assert.equal(computed, 33)
    await cachedDashboard({ key: 'k0', version: 'v', now: 0, compute })
    assert.equal(computed, 34)
  })
})
