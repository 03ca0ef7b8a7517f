import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { articleFixtures, markdownSyntax } from '../testing/fixtures'
import { markdownBlocks, stripMarkdown } from './stripMarkdown'

describe('stripMarkdown', () => {
  test('keeps the words of headings, emphasis, links and lists; drops images, code and tables', () => {
    const markdown = [
      '# 会员日 **三重福利**',
      '',
      '![主视觉](https://cdn.example.com/kv.jpg)',
      '活动期间下单**满 100 减 15**，详见[活动规则](https://example.com/rules)。',
      '',
      '- 拼团 `3 人`成团；',
      '1. 秒杀每晚 8 点开始',
      '> 数量有限，抢完即止。',
      '',
      '```js',
      'console.log("code")',
      '```',
      '| 套餐 | 价格 |',
      '| --- | --- |',
      '| 下午茶 | 59 |',
    ].join('\n')
    assert.deepEqual(markdownBlocks(markdown), [
      { kind: 'heading', text: '会员日 三重福利' },
      { kind: 'paragraph', text: '活动期间下单满 100 减 15，详见活动规则。' },
      { kind: 'list-item', text: '拼团 3 人成团；' },
      { kind: 'list-item', text: '秒杀每晚 8 点开始' },
      { kind: 'quote', text: '数量有限，抢完即止。' },
    ])
  })

  test('joins the lines of a paragraph without inserting spaces between Chinese characters', () => {
    assert.equal(stripMarkdown('第一行写到一半\n接着写完。'), '第一行写到一半接着写完。')
  })

  test('leaves no Markdown syntax in real articles and keeps their text', () => {
    for (const article of articleFixtures()) {
      const plain = stripMarkdown(article.markdown)
      assert.doesNotMatch(plain, markdownSyntax, article.name)
      assert.ok(plain.startsWith(article.title), article.name)
    }
  })
})

describe('a link’s words survive extraction', () => {
  test('links with parentheses, titles, references and emphasis keep their text and lose their URL', () => {
    for (const markdown of [
      '更多做法请看[冷萃咖啡指南](https://example.com/a_(b))，欢迎收藏。',
      '更多做法请看[冷萃咖啡指南](https://example.com/a "指南")，欢迎收藏。',
      '更多做法请看[冷萃咖啡指南][guide]，欢迎收藏。\n\n[guide]: https://example.com/a',
      '更多做法请看[**冷萃咖啡指南**](https://example.com/a)，欢迎收藏。',
    ])
      assert.equal(stripMarkdown(markdown), '更多做法请看冷萃咖啡指南，欢迎收藏。', markdown)
  })
})
