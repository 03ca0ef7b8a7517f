import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { scanText } from './scanText'
import type { LexiconEntry } from './types'

const entries: LexiconEntry[] = [
  { word: '稳赚', category: 'finance-promise', severity: 'block', replacement: '有望获利' },
  { word: '中国人民', category: 'test', severity: 'review' },
  { word: '国人', category: 'test', severity: 'warn' },
  { word: '加V', category: 'traffic-diversion', severity: 'review' },
  { word: 'sb', category: 'vulgarity', severity: 'block' },
  { word: '𠀀字', category: 'test', severity: 'warn' },
]
const matcher = buildMatcher({ entries })

/** Each finding as "word:matched text", so a wrong offset shows up as the wrong slice. */
function scanSlices(text: string): string[] {
  return scanText({ matcher, text }).map((finding) => `${finding.word}:${text.slice(finding.start, finding.end)}`)
}

describe('evasions are matched, and start/end cover exactly the evaded word', () => {
  const cases: [string, string, string[]][] = [
    ['plain', '这个稳赚', ['稳赚:稳赚']],
    ['full-width letter', '请加Ｖ', ['加V:加Ｖ']],
    ['lower case', '请加v', ['加V:加v']],
    ['traditional characters', '保證穩賺', ['稳赚:穩賺']],
    ['space', '稳 赚', ['稳赚:稳 赚']],
    ['ideographic space and tab', '稳\u3000\t赚', ['稳赚:稳\u3000\t赚']],
    ['ASCII punctuation', '稳.赚 稳-赚 稳/赚', ['稳赚:稳.赚', '稳赚:稳-赚', '稳赚:稳/赚']],
    ['Chinese comma', '稳，赚', ['稳赚:稳，赚']],
    ['symbols', '稳★赚♥', ['稳赚:稳★赚']],
    ['emoji (surrogate pair)', '稳😀赚', ['稳赚:稳😀赚']],
    ['emoji ZWJ sequence', '稳👨‍👩‍👧赚', ['稳赚:稳👨‍👩‍👧赚']],
    ['emoji with variation selector', '稳❤️赚', ['稳赚:稳❤️赚']],
    ['emoji with skin tone', '稳👍🏽赚', ['稳赚:稳👍🏽赚']],
    ['flag emoji', '稳🇨🇳赚', ['稳赚:稳🇨🇳赚']],
    ['zero-width space', '稳\u200b赚', ['稳赚:稳\u200b赚']],
    ['zero-width joiner, non-joiner and BOM', '稳\u200c\u200d\ufeff赚', ['稳赚:稳\u200c\u200d\ufeff赚']],
    ['Hangul filler', '稳\u3164赚', ['稳赚:稳\u3164赚']],
    ['Markdown bold', '稳**赚**', ['稳赚:稳**赚']],
    ['Markdown italic', '稳_赚_', ['稳赚:稳_赚']],
    ['Markdown strikethrough', '稳~~赚~~', ['稳赚:稳~~赚']],
    ['Markdown inline code', '稳`赚`', ['稳赚:稳`赚']],
    ['Markdown around the word', '**稳赚**', ['稳赚:稳赚']],
    ['separator between letters', '加 - V', ['加V:加 - V']],
    ['everything at once', '穩 **賺** 😀', ['稳赚:穩 **賺']],
    ['one line break (soft wrap)', '稳\n赚', ['稳赚:稳\n赚']],
    ['CRLF line break', '稳\r\n赚', ['稳赚:稳\r\n赚']],
    ['ASCII ! and ? are decoration', '稳!赚?', ['稳赚:稳!赚']],
    ['lone surrogates are skipped', '稳\ud800赚 稳\udc00赚', ['稳赚:稳\ud800赚', '稳赚:稳\udc00赚']],
    ['astral ideograph in a word', '𠀀 字', ['𠀀字:𠀀 字']],
    ['offsets after an emoji', '😀😀稳赚', ['稳赚:稳赚']],
    ['every occurrence', '稳赚稳赚', ['稳赚:稳赚', '稳赚:稳赚']],
  ]
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(scanSlices(text), expected))
})

describe('what does not match', () => {
  const cases: [string, string][] = [
    ['empty text', ''],
    ['only separators', ' **\n\n😀。'],
    ['another letter in between', '稳定赚钱'],
    ['a digit in between', '稳1赚'],
    ['a paragraph break', '稳\n\n赚'],
    ['a paragraph break with CRLF', '稳\r\n\r\n赚'],
    ['a blank line with spaces', '稳\n  \n赚'],
    ['a Chinese full stop', '收益很稳。赚钱要靠努力'],
    ['Chinese exclamation and question marks', '稳！赚 稳？赚'],
    ['ASCII word inside a longer ASCII word', 'usb sbc asbx'],
    ['ASCII letter run continues after a separator-free join', 'plus b'],
    ['an ASCII letter continues the run after 加V', '加vip会员'],
  ]
  for (const [name, text] of cases) test(name, () => assert.deepEqual(scanSlices(text), []))
})

describe('ASCII words', () => {
  test('match as whole words, spaced or next to CJK', () => {
    assert.deepEqual(scanSlices('你是sb吗 S B'), ['sb:sb', 'sb:S B'])
  })
  test('a digit after a letter is a boundary', () => {
    assert.deepEqual(scanSlices('加v12345'), ['加V:加v'])
  })
  test('invisible characters do not make a boundary', () => {
    assert.deepEqual(scanSlices('u\u200bsb'), [])
  })
})

describe('overlapping words', () => {
  test('国人 inside 中国人口 (the failure link case)', () => {
    assert.deepEqual(scanSlices('中国人口'), ['国人:国人'])
  })
  test('both 中国人民 and 国人 inside 中国人民', () => {
    assert.deepEqual(scanSlices('中国人民'), ['中国人民:中国人民', '国人:国人'])
  })
  test('both, with separators, offsets mapped back', () => {
    assert.deepEqual(scanSlices('中 国 人 民'), ['中国人民:中 国 人 民', '国人:国 人'])
  })
})

describe('findings', () => {
  test('carry the entry fields and original offsets', () => {
    assert.deepEqual(scanText({ matcher, text: 'A穩*賺' }), [
      { word: '稳赚', category: 'finance-promise', severity: 'block', replacement: '有望获利', start: 1, end: 4 },
    ])
  })
  test('replacement is null when the entry has none', () => {
    assert.equal(scanText({ matcher, text: '国人' })[0]?.replacement, null)
  })
  test('are sorted by start, then end', () => {
    const findings = scanText({ matcher, text: '稳赚，中国人民，加V' })
    const positions = findings.map((finding) => [finding.start, finding.end])
    assert.deepEqual(positions, [
      [0, 2],
      [3, 7],
      [4, 6],
      [8, 10],
    ])
  })
  test('a scan does not leak into the next one', () => {
    assert.equal(scanText({ matcher, text: '稳' }).length, 0)
    assert.equal(scanText({ matcher, text: '赚' }).length, 0)
  })
})

describe('very long text', () => {
  test('finds every planted word at its offset in 2,000,000 characters', () => {
    const filler = '今天天气很好我们一起去公园散步吧。'
    const parts: string[] = []
    const expected: number[] = []
    let length = 0
    for (let i = 0; length < 2_000_000; i++) {
      parts.push(filler)
      length += filler.length
      if (i % 50 === 0) {
        expected.push(length)
        parts.push('稳😀赚')
        length += 4
      }
    }
    const text = parts.join('')
    const findings = scanText({ matcher, text })
    assert.deepEqual(
      findings.map((finding) => finding.start),
      expected,
    )
    assert.ok(findings.every((finding) => text.slice(finding.start, finding.end) === '稳😀赚'))
  })
})
