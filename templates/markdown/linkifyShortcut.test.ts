import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import MarkdownIt from 'markdown-it'
import { createRandom } from '../../tests/helpers/seededRandom'
import { loadMarkdownFixtures } from '../testing/markdownFixtures'
import { skipTextWithoutLinks } from './linkifyShortcut'

const original = new MarkdownIt('default', { linkify: true }).linkify
const shortcut = new MarkdownIt('default', { linkify: true }).linkify
skipTextWithoutLinks(shortcut)

const pieces = [
  '双十一会员日',
  '满 199 减 30',
  '：',
  '。',
  '．',
  '@',
  '＠',
  'www',
  '.',
  'example',
  'com',
  '.cn',
  'localhost',
  'LOCALHOST',
  'https',
  'http',
  ':',
  '//',
  '/',
  'mailto',
  'hi',
  'ftp',
  '127.0.0.1',
  ' ',
  '\n',
  '>',
  '｜',
  'xn--fiqs8s',
  '_',
  '1.2.3',
  '官网',
]

describe('linkify with the shortcut', () => {
  test('pretest and test answer as linkify-it does, on random text built from link parts', () => {
    const random = createRandom(7)
    let links = 0
    for (let round = 0; round < 20_000; round++) {
      let text = ''
      for (let index = random.int(12); index > 0; index--) text += random.pick(pieces)
      assert.equal(shortcut.pretest(text), original.pretest(text), JSON.stringify(text))
      assert.equal(shortcut.test(text), original.test(text), JSON.stringify(text))
      if (original.test(text)) links++
    }
    assert.ok(links > 500 && links < 19_000, `both answers are exercised (${links} with links)`)
  })
  test('every paragraph of the real-world corpus gets the same answers', () => {
    const paragraphs = loadMarkdownFixtures().flatMap((fixture) => fixture.input.markdown.split(/\n{2,}/))
    for (const text of paragraphs) {
      assert.equal(shortcut.pretest(text), original.pretest(text), text)
      assert.equal(shortcut.test(text), original.test(text), text)
    }
  })
})
