import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countWords, plainTextOfMarkdown, readingMinutes, readingTimeLabel } from './plainText'

test('字数 counts each Chinese character and each Latin word, not the Markdown syntax', () => {
  const markdown = [
    '## 夏季新品',
    '',
    '这是 **加粗** 的 *斜体* 文字，和 [官网链接](https://example.com/a_b) 以及 ![封面图](/api/media/file/x.png)。',
    '',
    '- 第一条 new arrival',
    '> 引用一句',
    '',
    '| 列 1 | 列 2 |',
    '| --- | --- |',
    '| 内容 | 3.5 |',
    '',
    '---',
    '<span>标签</span> `code`',
  ].join('\n')
  const plain = plainTextOfMarkdown(markdown)
  for (const syntax of ['#', '**', '](', '![', '---', '|', '<span>', '`', 'example.com', '封面图'])
    assert.ok(!plain.includes(syntax), `${syntax} left in: ${plain}`)
  const counts = countWords(markdown)
  // 夏季新品4 这是加粗的斜体文字和官网链接以及16 第一条3 引用一句4 列列2 内容2 标签2 = 33; new arrival 1 2 3.5 code = 6
  assert.deepEqual(counts, { han: 33, latin: 6, total: 39 })
})

test('snake_case words and numbers keep their inner marks', () => {
  assert.equal(countWords("use snake_case and don't stop at 3.14").latin, 7)
})

test('reading time: about 400 Chinese characters a minute, rounded up, nothing for an empty body', () => {
  assert.equal(readingMinutes({ han: 0, latin: 0 }), 0)
  assert.equal(readingMinutes({ han: 10, latin: 0 }), 1)
  assert.equal(readingMinutes({ han: 800, latin: 0 }), 2)
  assert.equal(readingMinutes({ han: 801, latin: 0 }), 3)
  assert.equal(readingMinutes({ han: 400, latin: 200 }), 2)
  assert.equal(readingTimeLabel(0), '—')
  assert.equal(readingTimeLabel(3), '约 3 分钟')
})

test('a 100,000-character body is counted quickly', () => {
  const body = '今天我们聊聊夏季护肤的 tips，**重点**在补水。\n'.repeat(4000)
  const started = performance.now()
  const counts = countWords(body)
  assert.ok(counts.han > 60_000)
  assert.ok(performance.now() - started < 500, 'counting took too long')
})
