import assert from 'node:assert/strict'
import { test } from 'node:test'
import { getCachedMatcher } from './getCachedMatcher'
import type { LexiconEntry } from './types'

test('rebuilds only when the version changes', () => {
  const first: LexiconEntry[] = [{ word: '稳赚', category: 'a', severity: 'block' }]
  const second: LexiconEntry[] = [{ word: '保本', category: 'a', severity: 'block' }]
  const matcher = getCachedMatcher({ entries: first, version: '1' })
  assert.equal(getCachedMatcher({ entries: second, version: '1' }), matcher, 'same version: the cached matcher')
  assert.equal(matcher.scan('保本').length, 0)
  const rebuilt = getCachedMatcher({ entries: second, version: '2' })
  assert.notEqual(rebuilt, matcher)
  assert.equal(rebuilt.version, '2')
  assert.equal(rebuilt.scan('保本').length, 1)
  assert.equal(rebuilt.scan('稳赚').length, 0)
})
