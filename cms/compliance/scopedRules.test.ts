import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bannedPhraseEntries } from './scopedRules'

test('banned phrasings become blocking entries: X→Y (or -> / =>) gives Y as the suggestion, otherwise none', () => {
  const entries = bannedPhraseEntries({ phrases: ['闭眼入 → 放心选', '秒杀价', '史上最强->很强', ' ', 7, 'yyds=>'], scope: 'campaign' })
  assert.deepEqual(
    entries.map((entry) => [entry.word, entry.replacement, entry.severity, entry.category]),
    [
      ['闭眼入', '放心选', 'block', 'campaign-banned'],
      ['秒杀价', null, 'block', 'campaign-banned'],
      ['史上最强', '很强', 'block', 'campaign-banned'],
      ['yyds', null, 'block', 'campaign-banned'],
    ],
  )
  assert.equal(bannedPhraseEntries({ phrases: ['绝绝子'], scope: 'brand' })[0].category, 'brand-banned')
})
