import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { followerChanges, followerTotals, type FollowerRow } from './followerChanges'

const row = (account: string, date: string, numbers: Partial<FollowerRow>): FollowerRow => ({
  account,
  date,
  followers: null,
  newFollowers: null,
  lostFollowers: null,
  ...numbers,
})

describe('followerChanges', () => {
  const from = '2026-12-01'
  const to = '2026-12-03'

  const cases: {
    name: string
    rows: FollowerRow[]
    expected: { latest: number | null; netChange: number | null; basis: string | null }
  }[] = [
    {
      name: 'last − the total of the day before the range, so the first day counts',
      rows: [
        row('a', '2026-11-30', { followers: 1000 }),
        row('a', '2026-12-01', { followers: 1010, newFollowers: 12, lostFollowers: 2 }),
        row('a', '2026-12-03', { followers: 1005 }),
      ],
      expected: { latest: 1005, netChange: 5, basis: 'followers' },
    },
    {
      name: 'last − first known in the range when the day before is missing',
      rows: [row('a', '2026-12-02', { followers: 500 }), row('a', '2026-12-03', { followers: 530 })],
      expected: { latest: 530, netChange: 30, basis: 'followers' },
    },
    {
      name: 'the sum of new − lost when only one total is known',
      rows: [
        row('a', '2026-12-01', { newFollowers: 5, lostFollowers: 1 }),
        row('a', '2026-12-02', { newFollowers: 3 }),
        row('a', '2026-12-03', { followers: 800, lostFollowers: 4 }),
      ],
      expected: { latest: 800, netChange: 3, basis: 'flows' },
    },
    {
      name: 'nothing to say: null, not zero',
      rows: [row('a', '2026-12-02', { followers: 800 })],
      expected: { latest: 800, netChange: null, basis: null },
    },
    {
      name: 'a total from before the range is still the latest known, and days after the range are ignored',
      rows: [row('a', '2026-11-30', { followers: 42 }), row('a', '2026-12-04', { followers: 99, newFollowers: 57 })],
      expected: { latest: 42, netChange: null, basis: null },
    },
  ]
  for (const testCase of cases) {
    it(testCase.name, () => {
      const change = followerChanges({ rows: testCase.rows, from, to }).get('a')
      assert.deepEqual(
        { latest: change?.latest ?? null, netChange: change?.netChange ?? null, basis: change?.basis ?? null },
        testCase.expected,
      )
    })
  }

  it('sums the accounts that report, and stays null when none do', () => {
    const changes = followerChanges({
      rows: [
        row('a', '2026-11-30', { followers: 10 }),
        row('a', '2026-12-03', { followers: 15 }),
        row('b', '2026-12-02', { newFollowers: 4 }),
      ],
      from,
      to,
    })
    assert.deepEqual(followerTotals(changes.values()), { latest: 15, netChange: 9 })
    assert.deepEqual(followerTotals([]), { latest: null, netChange: null })
  })
})
