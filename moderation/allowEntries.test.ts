import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import type { LexiconEntry } from './types'

const entries: LexiconEntry[] = [
  { word: '第一', category: 'ad-absolute', severity: 'block', replacement: '领先' },
  { word: '第一次', category: 'ad-absolute', severity: 'allow' },
  { word: '第一步', category: 'ad-absolute', severity: 'allow' },
  { word: '最', category: 'ad-absolute', severity: 'warn' },
  { word: '最佳', category: 'ad-absolute', severity: 'block' },
  { word: '最近', category: 'ad-absolute', severity: 'allow' },
  { word: '无风险', category: 'finance-promise', severity: 'block' },
  { word: '无风险利率', category: 'finance-promise', severity: 'allow' },
  { word: 'usb', category: 'test', severity: 'allow' },
  { word: 'sb', category: 'vulgarity', severity: 'block' },
]
const matcher = buildMatcher({ entries })
const words = (text: string) => matcher.scan(text).map((finding) => `${finding.word}:${text.slice(finding.start, finding.end)}`)

describe('allow entries suppress the findings they contain', () => {
  const cases: [string, string, string[]][] = [
    ['allowed compound', '这是我第一次来', []],
    ['another allowed compound', '第一步，注册账号', []],
    ['the listed word outside an allowed compound', '销量第一名', ['第一:第一']],
    ['allowed and not allowed in one text', '第一次就拿了第一', ['第一:第一']],
    ['allowed word with evasion', '第 一 次', []],
    ['allowed word in traditional characters', '第一次試用', []],
    ['allow containing a single-character warn', '最近很忙', []],
    ['a more severe word is not allowed by a shorter allow', '最佳选择', ['最:最', '最佳:最佳']],
    ['allowed technical term', '无风险利率为2%', []],
    ['the listed word alone', '零成本无风险', ['无风险:无风险']],
    ['allow only covers its own span', '无风险利率和无风险收益', ['无风险:无风险']],
    ['ASCII allow word', 'USB接口', []],
  ]
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(words(text), expected))

  test('an allow entry for the same word as a listed one wins', () => {
    const both = buildMatcher({
      entries: [
        { word: '首选', category: 'ad-absolute', severity: 'block' },
        { word: '首選', category: 'ad-absolute', severity: 'allow' },
      ],
    })
    assert.deepEqual(both.scan('首选'), [])
  })

  test('allow entries are never findings themselves', () => {
    const onlyAllow = buildMatcher({ entries: [{ word: '第一次', category: 'x', severity: 'allow' }] })
    assert.deepEqual(onlyAllow.scan('第一次'), [])
  })
})
