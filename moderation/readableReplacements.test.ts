import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { defaultLexicon } from './lexicon/index'
import type { Finding } from './types'
import { withoutShadowedFindings } from './withoutShadowedFindings'

const matcher = buildMatcher({ entries: defaultLexicon })
const replaced = (text: string, finding: Finding): string =>
  text.slice(0, finding.start) + (finding.replacement ?? '') + text.slice(finding.end)
const offered = (text: string): Finding[] => withoutShadowedFindings(matcher.scan(text)).filter((f) => f.replacement !== null)
const flagged = (text: string): string[] =>
  matcher
    .scan(text)
    .filter((finding) => finding.severity !== 'warn')
    .map((finding) => finding.word)

/** A sentence of copy with the Advertising Law's absolute terms, and what it reads after one click on any suggestion. */
const SENTENCES: [string, string][] = [
  ['全网最低价，今天下单立减二十元。', '超低价，今天下单立减二十元。'],
  ['全网最佳的选择就在这里。', '上佳的选择就在这里。'],
  ['全城最低价的会员日来了。', '超低价的会员日来了。'],
  ['史上最强优惠，本周末截止。', '超强优惠，本周末截止。'],
  ['这款面霜销量第一。', '这款面霜销量领先。'],
  ['世界第一的品质，值得信赖。', '领先的品质，值得信赖。'],
  ['我们是行业第一品牌。', '我们是领先品牌。'],
  ['本店最受欢迎的套餐。', '本店超受欢迎的套餐。'],
  ['这是今年最具性价比的手机。', '这是今年颇具性价比的手机。'],
  ['给你最便宜的价格。', '给你超便宜的价格。'],
  ['周末最佳去处推荐。', '周末上佳去处推荐。'],
  ['国家级品质，放心选购。', '高品质，放心选购。'],
  ['顶级品质的咖啡豆。', '高品质的咖啡豆。'],
  ['这是最好的时代。', '这是很好的时代。'],
  ['独家配方，口感更醇。', '特色配方，口感更醇。'],
  ['万能清洁剂，一瓶搞定。', '多用途清洁剂，一瓶搞定。'],
  ['性能遥遥领先。', '性能领先。'],
  ['绝对正品，支持专柜验货。', '正品，支持专柜验货。'],
  ['新品全球首发。', '新品发布。'],
  ['会员首选的礼盒。', '会员优选的礼盒。'],
]

describe('suggestions read as Chinese once applied', () => {
  for (const [sentence, expected] of SENTENCES) {
    test(`${sentence} → ${expected}`, () => {
      const suggestions = offered(sentence)
      assert.ok(suggestions.length > 0, 'a suggestion is offered')
      for (const finding of suggestions) {
        assert.equal(replaced(sentence, finding), expected, `replacing 「${sentence.slice(finding.start, finding.end)}」 (${finding.word})`)
      }
      assert.deepEqual(flagged(expected), [], `the result still has lexicon words: ${expected}`)
    })
  }

  test('全网最 no longer leaves 全网超佳: the suggestion covers what it replaces', () => {
    for (const finding of offered('全网最佳')) assert.notEqual(replaced('全网最佳', finding), '全网超佳')
  })

  test('every 最+adjective suggestion is itself clean and is not 最 dropped to a bare character', () => {
    for (const entry of defaultLexicon.filter((e) => e.category === 'ad-absolute' && /^最./.test(e.word) && e.severity === 'block')) {
      assert.ok(entry.replacement, entry.word)
      assert.ok([...entry.replacement].length >= 2, `${entry.word} → ${entry.replacement}`)
      assert.deepEqual(flagged(`${entry.replacement}的选择`), [], `${entry.word} → ${entry.replacement}`)
    }
  })

  test('findings without a suggestion keep their span; guards see the same severities', () => {
    const text = '最近全网最低价'
    const raw = matcher.scan(text)
    assert.ok(raw.some((finding) => finding.word === '最' && finding.replacement === null))
    assert.deepEqual(raw.map((finding) => finding.severity).sort(), ['block', 'block', 'warn'])
  })
})
