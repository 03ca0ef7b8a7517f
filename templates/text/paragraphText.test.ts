import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseMarkdown } from '../markdown/markdownParser'
import { loadMarkdownFixtures } from '../testing/markdownFixtures'
import { deriveDigest } from './deriveDigest'
import { paragraphText } from './paragraphText'
import { truncateText } from './truncateText'

describe('paragraphText', () => {
  test('keeps paragraphs and quotes; leaves out headings, lists, code and images', () => {
    const tokens = parseMarkdown(
      '# 标题\n\n第一段。\n\n- 列表项\n\n> 引用段\n\n```\n代码\n```\n\n![图](https://a.example/x.png)\n\n最后一段。',
    )
    assert.equal(paragraphText(tokens), '第一段。 引用段 最后一段。')
  })
  test('stopping early changes no derived digest, at any length, on the real-world corpus', () => {
    for (const fixture of loadMarkdownFixtures()) {
      const tokens = parseMarkdown(fixture.input.markdown)
      const whole = paragraphText(tokens)
      for (let length = 1; length <= 160; length++) {
        const expected = truncateText({ text: whole, max: length })
        assert.equal(deriveDigest({ tokens, length }), expected, `${fixture.name} at ${length}`)
        assert.ok(paragraphText(tokens, { enoughCharacters: length }).length <= whole.length)
      }
    }
  })
  test('an editor-written digest wins, its whitespace collapsed', () => {
    assert.equal(deriveDigest({ digest: '  双十一\n预告 ', tokens: parseMarkdown('正文很长。'), length: 54 }), '双十一 预告')
  })
})

describe('a link’s words stay in the digest', () => {
  const sentence = '更多做法请看冷萃咖啡指南，欢迎收藏转发给朋友们。'
  for (const markdown of [
    '更多做法请看[冷萃咖啡指南](https://example.com/a)，欢迎收藏转发给朋友们。',
    '更多做法请看[冷萃咖啡指南](https://example.com/a_(b))，欢迎收藏转发给朋友们。',
    '更多做法请看\n[冷萃咖啡指南](https://example.com/a)，欢迎收藏转发给朋友们。',
    '更多做法请看[冷萃咖啡指南][guide]，欢迎收藏转发给朋友们。\n\n[guide]: https://example.com/a',
    '更多做法请看[冷萃咖啡指南](https://mp.weixin.qq.com/s?__biz=MzA&mid=1#rd "指南")，欢迎收藏转发给朋友们。',
    '更多做法请看[**冷萃**咖啡指南](https://example.com/a)，欢迎收藏转发给朋友们。',
  ]) {
    test(JSON.stringify(markdown), () => {
      assert.equal(deriveDigest({ tokens: parseMarkdown(markdown), length: 54 }), sentence)
    })
  }
  test('a line break between English words is still a space', () => {
    assert.equal(paragraphText(parseMarkdown('Cold\nbrew 冷萃\n指南')), 'Cold brew 冷萃指南')
  })
})
