import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { withoutShadowedFindings } from './withoutShadowedFindings'

const matcher = buildMatcher({
  entries: [
    { word: '最', category: 'ad', severity: 'warn' },
    { word: '最佳', category: 'ad', severity: 'block' },
    { word: '中国人民', category: 't', severity: 'review' },
    { word: '国人', category: 't', severity: 'review' },
  ],
})

test('drops a finding inside a more severe one, keeps equal severities and separate ones', () => {
  const text = '最佳，最好，中国人民'
  const kept = withoutShadowedFindings(matcher.scan(text)).map((finding) => text.slice(finding.start, finding.end))
  assert.deepEqual(kept, ['最佳', '最', '中国人民', '国人'])
})

test('an empty list stays empty', () => {
  assert.deepEqual(withoutShadowedFindings([]), [])
})
