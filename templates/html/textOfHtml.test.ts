import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createRandom } from '../../tests/helpers/seededRandom'
import { countVisibleCharacters } from '../text/countText'
import { countVisibleCharactersOfGeneratedHtml } from './textOfHtml'

/** The definition: strip the tags, decode the entities this package writes, count what is not whitespace. */
function byDefinition(html: string): number {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': '\u00a0' }
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(?:amp|lt|gt|quot|nbsp);/g, (match) => entities[match])
  return countVisibleCharacters(text)
}

const golden = path.join(path.dirname(fileURLToPath(import.meta.url)), '../__golden__')
const pieces = ['<p style="a:b">', '</p>', '双十一', ' ', '&amp;', '&lt;', '&nbsp;', '&quot;', '😀', '<br>', 'R&D', '<', '>', '\u3000']

describe('countVisibleCharactersOfGeneratedHtml', () => {
  test('agrees with the definition on every golden WeChat body', () => {
    const files = fs.readdirSync(golden, { recursive: true, encoding: 'utf8' }).filter((file) => /(^|\/)wechat[^/]*\.html$/.test(file))
    assert.ok(files.length >= 8, `golden WeChat bodies found: ${files.length}`)
    for (const file of files) {
      const html = fs.readFileSync(path.join(golden, file), 'utf8')
      assert.equal(countVisibleCharactersOfGeneratedHtml(html), byDefinition(html), file)
    }
  })
  test('agrees with the definition on random markup, stray brackets and ampersands included', () => {
    const random = createRandom(4)
    for (let round = 0; round < 3_000; round++) {
      let html = ''
      for (let index = random.int(30); index > 0; index--) html += random.pick(pieces)
      assert.equal(countVisibleCharactersOfGeneratedHtml(html), byDefinition(html), JSON.stringify(html))
    }
  })
  test('counts text, not tags, entities as one character, &nbsp; as none', () => {
    assert.equal(countVisibleCharactersOfGeneratedHtml('<p style="color:red">满 199&amp;减&nbsp;30</p>'), 8)
  })
})
