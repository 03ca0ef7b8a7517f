import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import MarkdownIt from 'markdown-it'
import { createRandom } from '../../tests/helpers/seededRandom'
import { loadMarkdownFixtures } from '../testing/markdownFixtures'
import { withUnchangedShortcut, withUnchangedTextShortcut } from './normalizeLink'

const markdownIt = new MarkdownIt()
const pairs = [
  { name: 'normalizeLink', original: markdownIt.normalizeLink, shortcut: withUnchangedShortcut(markdownIt.normalizeLink) },
  { name: 'normalizeLinkText', original: markdownIt.normalizeLinkText, shortcut: withUnchangedTextShortcut(markdownIt.normalizeLinkText) },
]

const schemes = [
  'https://',
  'http://',
  'HTTP://',
  'mailto:',
  '//',
  'javascript:',
  'JaVaScRiPt:',
  'data:',
  '',
  'ftp://',
  'http:/',
  'http:///',
]
const hosts = [
  'a.cn',
  'EXAMPLE.com',
  'mp.weixin.qq.com',
  'a_b.cn',
  'x'.repeat(70) + '.cn',
  'xn--fiqs8s.cn',
  'XN--FIQS8S.CN',
  'a.xn--fiqs8s',
  '中国.cn',
  '127.0.0.1',
  '[::1]',
  '',
  'a.b.c:8080',
  'h:',
]
const tails = [
  '/x',
  '/路径',
  '?a=1&b=2',
  '#top',
  '/%E4%B8%AD',
  '/%zz',
  '/a b',
  '/a"b',
  '/a<b>',
  '/a@b',
  '/a%',
  "/(x)*!~'$,;=+",
  '/\\',
  '/{x}',
  '/[1]',
  '',
]

for (const { name, original, shortcut } of pairs) {
  describe(`${name} with the shortcut`, () => {
    test('gives what markdown-it gives, for structured random URLs with every awkward part', () => {
      const random = createRandom(255)
      let unchanged = 0
      for (let round = 0; round < 20_000; round++) {
        let url = random.pick(schemes)
        if (random.int(4) === 0) url += random.pick(['user@', '@', 'a:b@', 'a@b@'])
        url += random.pick(hosts)
        for (let part = random.int(4); part > 0; part--) url += random.pick(tails)
        assert.equal(shortcut(url), original(url), JSON.stringify(url))
        if (original(url) === url) unchanged++
      }
      assert.ok(unchanged > 2_000 && unchanged < 18_000, `both paths are exercised (${unchanged} unchanged)`)
    })
    test('gives what markdown-it gives for every URL in the real-world corpus, and very long ones', () => {
      const urls = loadMarkdownFixtures().flatMap((fixture) =>
        [...fixture.input.markdown.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]),
      )
      assert.ok(urls.length > 20, `${urls.length} URLs in the corpus`)
      urls.push(`https://${'a'.repeat(300)}.cn/x`, `https://a.cn/${'b'.repeat(300)}`)
      for (const url of urls) assert.equal(shortcut(url), original(url), url)
    })
  })
}
