import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { addDays } from '../../../lib/zonedTime'
import { accountsShortOfPeers, completePosts } from './peerCoverage'
import type { PostNumbers } from './underperformers'

const post = (account: string, date: string): PostNumbers => ({
  delivery: `${account}-${date}`,
  position: 1,
  account,
  publishedAt: `${date}T04:00:00.000Z`,
  publishedDate: date,
  readers: 100,
  plays: null,
})
const daily = (account: string, days: number, last = '2026-12-02') =>
  Array.from({ length: days }, (_, i) => post(account, addDays(last, -i)))
const range = { from: '2026-11-04', to: '2026-12-03', judgedUntil: '2026-12-02' }

describe('peer coverage', () => {
  it('only posts published on or after the first day read for their account are complete', () => {
    const posts = [post('a', '2026-11-03'), post('a', '2026-11-04'), post('b', '2026-10-20')]
    const coverage = new Map([['b', '2026-10-15']])
    assert.deepEqual(
      completePosts({ posts, coverage, from: range.from }).map((p) => p.delivery),
      ['a-2026-11-04', 'b-2026-10-20'],
    )
  })

  it('an account with 31 complete posts needs nothing earlier; one with fewer does; one with nothing to judge never', () => {
    const twiceADay = [...daily('busy', 16), ...daily('busy', 16).map((p) => ({ ...p, position: 2, delivery: `${p.delivery}-2` }))]
    const posts = [...daily('daily', 31), ...twiceADay, ...daily('weekly', 5), post('late', '2026-12-03'), post('old', '2026-09-20')]
    // busy has 32 posts, but 16 leads and 16 次条, each compared only with its own kind.
    assert.deepEqual(accountsShortOfPeers({ posts, coverage: new Map(), ...range, from: '2026-10-01' }), ['busy', 'weekly'])
    assert.deepEqual(accountsShortOfPeers({ posts, coverage: new Map(), ...range }), ['busy', 'daily', 'weekly'])
  })

  it('posts read further back count once the account is covered there', () => {
    const posts = [...daily('weekly', 20), ...daily('weekly', 15, '2026-11-03')]
    assert.deepEqual(accountsShortOfPeers({ posts, coverage: new Map(), ...range }), ['weekly'])
    assert.deepEqual(accountsShortOfPeers({ posts, coverage: new Map([['weekly', '2026-10-01']]), ...range }), [])
  })
})
