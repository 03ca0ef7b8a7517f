import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { CharKind, charKind, foldAstral } from './foldTable'
import { foldWordToString } from './foldWord'

describe('foldWordToString', () => {
  const cases: [string, string, string][] = [
    ['full-width letters and digits', 'ＶＸ１２３', 'vx123'],
    ['upper case', 'WeChat', 'wechat'],
    ['traditional to simplified', '穩賺不賠', '稳赚不赔'],
    ['Taiwan variant forms', '裡喫', '里吃'],
    ['simplified characters stay', '什么', '什么'],
    ['circled and parenthesised digits', '①②', '12'],
    ['Kangxi radicals and compatibility ideographs', '⼀\uf900', '一岂'],
    ['circled letters', 'Ⓥⓧ', 'vx'],
    ['separators inside a word are dropped', '稳 赚-钱！', '稳赚钱'],
    ['zero-width and variation selectors are dropped', '稳\u200b\u200d\ufe0f赚', '稳赚'],
    ['emoji are dropped', '稳😀👍🏽赚', '稳赚'],
    ['mathematical bold letters fold to ASCII', '𝐕𝐗', 'vx'],
    ['CJK extension B stays', '𠀀', '𠀀'],
    ['only symbols fold to nothing', '%%%', ''],
  ]
  for (const [name, input, expected] of cases) {
    test(name, () => assert.equal(foldWordToString(input), expected))
  }
})

describe('character kinds', () => {
  const kindOf = (char: string) => charKind[char.charCodeAt(0)]
  test('letters and digits', () => {
    for (const char of ['中', 'a', 'Z', '7', 'ａ', '①']) assert.equal(kindOf(char), CharKind.letter, char)
  })
  test('separators', () => {
    for (const char of [' ', '*', '_', '~', '`', '，', '.', '!', '★', '\u3000', '\t']) assert.equal(kindOf(char), CharKind.separator, char)
  })
  test('invisible characters', () => {
    for (const char of ['\u200b', '\u200c', '\u200d', '\ufeff', '\ufe0f', '\u00ad', '\u3164'])
      assert.equal(kindOf(char), CharKind.invisible, char)
  })
  test('line breaks and sentence ends', () => {
    assert.equal(kindOf('\n'), CharKind.lineBreak)
    assert.equal(kindOf('\r'), CharKind.separator) // so CRLF counts as one line break
    for (const char of ['。', '！', '？', '\u2029']) assert.equal(kindOf(char), CharKind.hardBreak, char)
  })
  test('astral emoji are separators, astral ideographs letters', () => {
    assert.equal(foldAstral(0x1f600).kind, CharKind.separator)
    assert.equal(foldAstral(0x20000).kind, CharKind.letter)
    assert.equal(foldAstral(0xe0041).kind, CharKind.invisible) // tag character in flag sequences
  })
})
