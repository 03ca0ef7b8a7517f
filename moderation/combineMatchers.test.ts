import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { combineMatchers } from './combineMatchers'

test('scoped rules add their findings; where both report the same word and span, the scoped one is kept', () => {
  const lexicon = buildMatcher({ entries: [{ word: '稳赚', category: 'finance-promise', severity: 'block', replacement: '有望获利' }] })
  const scoped = buildMatcher({
    entries: [
      { word: '闭眼入', category: 'campaign-banned', severity: 'block', replacement: '放心选' },
      { word: '稳赚', category: 'campaign-banned', severity: 'block', replacement: '活动里别这么说' },
    ],
  })
  const combined = combineMatchers({ lexicon, scoped })
  const text = '稳赚，也可以闭 眼 入'
  assert.deepEqual(
    combined.scan(text).map((finding) => [finding.word, finding.category, finding.replacement, text.slice(finding.start, finding.end)]),
    [
      ['稳赚', 'campaign-banned', '活动里别这么说', '稳赚'],
      ['闭眼入', 'campaign-banned', '放心选', '闭 眼 入'],
    ],
  )
  assert.equal(combined.version, `${lexicon.version}+${scoped.version}`)
  assert.deepEqual(combined.scan('干净的文字'), [])
})
