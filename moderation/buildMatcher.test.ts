import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { findAllNaively } from './findAllNaively.testHelper'
import type { LexiconEntry, Severity } from './types'
import { createRandom } from '../tests/helpers/seededRandom'

describe('buildMatcher', () => {
  test('words that fold to the same word are merged, the most severe one reported', () => {
    const matcher = buildMatcher({
      entries: [
        { word: '加v', category: 'a', severity: 'warn' },
        { word: '加Ｖ', category: 'b', severity: 'block', replacement: '联系客服' },
        { word: '加 V', category: 'c', severity: 'review' },
      ],
    })
    assert.deepEqual(matcher.scan('加V'), [{ word: '加Ｖ', category: 'b', severity: 'block', replacement: '联系客服', start: 0, end: 2 }])
  })

  test('disabled entries are ignored', () => {
    const matcher = buildMatcher({ entries: [{ word: '稳赚', category: 'a', severity: 'block', enabled: false }] })
    assert.deepEqual(matcher.scan('稳赚'), [])
  })

  test('entries that fold to nothing are ignored', () => {
    const matcher = buildMatcher({
      entries: [
        { word: '***', category: 'a', severity: 'block' },
        { word: '稳赚', category: 'a', severity: 'block' },
      ],
    })
    assert.equal(matcher.scan('*** 稳赚').length, 1)
  })

  test('an empty lexicon finds nothing', () => {
    assert.deepEqual(buildMatcher({ entries: [] }).scan('任何文本 any text 😀'), [])
  })

  test('version is the given one, or a hash that changes with the entries', () => {
    const entries: LexiconEntry[] = [{ word: '稳赚', category: 'a', severity: 'block' }]
    assert.equal(buildMatcher({ entries, version: 'v7' }).version, 'v7')
    const hashed = buildMatcher({ entries }).version
    assert.equal(buildMatcher({ entries: [...entries] }).version, hashed)
    assert.notEqual(buildMatcher({ entries: [{ ...entries[0], severity: 'warn' }] }).version, hashed)
  })
})

// The first pass's rules; the second pass (look-alikes, repeats) has its own tests in variants.test.ts.
describe('the one-pass automaton agrees with a naive search on random input', () => {
  // Few letters so that words overlap, nest and repeat a lot; plus every kind of decoration.
  const letters = ['稳', '赚', '穩', '賺', '中', '国', '人', 'a', 'b', 'Ａ', '1', '𠀀']
  const decorations = [' ', '*', '\n', '\n\n', '。', '!', '😀', '\u200b', '👨‍👩‍👧', '\ufe0f', '\ud800', '_']
  const severities: Severity[] = ['block', 'review', 'warn', 'allow']
  for (let seed = 1; seed <= 60; seed++) {
    test(`seed ${seed}`, () => {
      const random = createRandom(seed).next
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
      const entries: LexiconEntry[] = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, index) => ({
        word: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(letters)).join(''),
        category: `c${index}`,
        severity: pick(severities),
        matchVariants: false,
      }))
      let text = ''
      const length = Math.floor(random() * 200)
      for (let i = 0; i < length; i++) text += random() < 0.7 ? pick(letters) : pick(decorations)
      const expected = findAllNaively({ entries, text }).map((f) => `${f.word}@${f.start}-${f.end}`)
      const actual = buildMatcher({ entries })
        .scan(text)
        .map((f) => `${f.word}@${f.start}-${f.end}`)
      assert.deepEqual(actual, expected, `text: ${JSON.stringify(text)}`)
    })
  }
})
