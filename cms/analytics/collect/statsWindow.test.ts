import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { statsWindow, windowOf } from './statsWindow'

describe('statsWindow', () => {
  const cases = [
    // 2026-12-04 01:30 UTC is 09:30 in Beijing: still 12-04 there.
    {
      name: 'previous-day: the 7 days up to yesterday',
      freshness: 'previous-day',
      at: '2026-12-04T01:30:00Z',
      from: '2026-11-27',
      to: '2026-12-03',
    },
    // 17:00 UTC is 01:00 the next day in Beijing: the window moves with the Beijing day, not the UTC one.
    {
      name: 'previous-day after midnight Beijing',
      freshness: 'previous-day',
      at: '2026-12-04T17:00:00Z',
      from: '2026-11-28',
      to: '2026-12-04',
    },
    { name: 'live: today', freshness: 'live', at: '2026-12-04T17:00:00Z', from: '2026-12-05', to: '2026-12-05' },
    { name: 'across a month end', freshness: 'previous-day', at: '2026-12-02T04:00:00Z', from: '2026-11-25', to: '2026-12-01' },
  ] as const
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(statsWindow({ freshness: c.freshness, now: new Date(c.at), timeZone: 'Asia/Shanghai' }), { from: c.from, to: c.to })
    })
  }
  test('another team zone reads its own day', () => {
    assert.deepEqual(statsWindow({ freshness: 'live', now: new Date('2026-12-04T23:30:00Z'), timeZone: 'Europe/Berlin' }), {
      from: '2026-12-05',
      to: '2026-12-05',
    })
  })
})

describe('windowOf', () => {
  test('spans the dates given, in any order', () => {
    assert.deepEqual(windowOf(['2026-12-03', '2026-11-30', '2026-12-01']), { from: '2026-11-30', to: '2026-12-03' })
  })
  test('none for no dates', () => {
    assert.equal(windowOf([]), null)
  })
})
