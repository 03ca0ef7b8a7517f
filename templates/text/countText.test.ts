import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRandom } from '../../tests/helpers/seededRandom'
import { countCharacters, countVisibleCharacters, exceedsCharacters, isWhitespaceUnit } from './countText'

/** The definitions the fast loops must agree with: code points, and code points that `\s` does not match. */
const byDefinition = {
  characters: (text: string) => [...text].length,
  visible: (text: string) => [...text].filter((character) => !/\s/u.test(character)).length,
}

const alphabet = ['好', 'a', ' ', '\u3000', '\u00a0', '\n', '\t', '😀', '👨‍👩‍👧', '\ud800', '\udc00', '。', '\ufeff', '\u2009', 'é']

describe('counting characters', () => {
  test('isWhitespaceUnit matches exactly what \\s matches, over the whole BMP', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      assert.equal(isWhitespaceUnit(unit), /\s/.test(String.fromCharCode(unit)), `U+${unit.toString(16)}`)
    }
  })
  test('emoji count once, lone surrogates count once, whitespace is not visible', () => {
    assert.equal(countCharacters('好😀'), 2)
    assert.equal(countCharacters('\ud800x\udc00'), 3)
    assert.equal(countVisibleCharacters('双 十\u3000一\n😀'), 4)
  })
  test('agrees with the definitions on random mixed text', () => {
    const random = createRandom(20261122)
    for (let round = 0; round < 2_000; round++) {
      let text = ''
      const length = random.int(40)
      for (let index = 0; index < length; index++) text += random.pick(alphabet)
      assert.equal(countCharacters(text), byDefinition.characters(text), JSON.stringify(text))
      assert.equal(countVisibleCharacters(text), byDefinition.visible(text), JSON.stringify(text))
      const max = random.int(40)
      assert.equal(exceedsCharacters(text, max), byDefinition.characters(text) > max, JSON.stringify({ text, max }))
    }
  })
})
