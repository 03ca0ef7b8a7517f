import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseMarkdown } from '../markdown/markdownParser'
import { markdownPlainText } from './markdownPlainText'

const plain = (markdown: string) => markdownPlainText(parseMarkdown(markdown))

describe('markdownPlainText', () => {
  test('a note typed line by line keeps its lines and its blank lines', () => {
    assert.equal(plain('秋天的第一杯奶茶☕️\n真的太好喝了！\n\n第二段').text, '秋天的第一杯奶茶☕️\n真的太好喝了！\n\n第二段')
  })

  test('markup goes, words stay: emphasis, links, headings, inline code', () => {
    assert.equal(plain('## 推荐理由\n\n**真香** 见[官网](https://a.example) `15元`').text, '推荐理由\n\n真香 见官网 15元')
  })

  test('list items sit on their own lines with a marker; ordered lists keep their numbers', () => {
    assert.equal(plain('- 不甜\n- 不贵\n\n3. 大杯\n4. 中杯').text, '• 不甜\n• 不贵\n\n3. 大杯\n4. 中杯')
  })

  test('images are not text: counted, not written', () => {
    const result = plain('看图 ![门店](https://i.example/a.png) 就懂')
    assert.equal(result.text, '看图 就懂')
    assert.equal(result.droppedImages, 1)
  })

  test('raw HTML is only text, #话题 stays as typed', () => {
    assert.equal(plain('<b>hi</b> #秋日穿搭').text, '<b>hi</b> #秋日穿搭')
  })

  test('table rows on consecutive lines, code as written', () => {
    assert.equal(plain('| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx  y\n```').text, 'a ｜ b\n1 ｜ 2\n\nx  y')
  })
})
