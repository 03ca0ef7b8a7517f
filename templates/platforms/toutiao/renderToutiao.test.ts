import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { renderToutiao } from './renderToutiao'

const base = { title: '头条标题', coverUrl: 'https://cdn.example.com/cover.jpg' }

describe('renderToutiao', () => {
  test('links become their text, counted in a warning', () => {
    const result = renderToutiao({ ...base, markdown: '见[官网](https://a.example)和[活动](https://b.example)。' })
    assert.equal(result.body, '<p>见官网和活动。</p>\n')
    assert.deepEqual(
      result.issues.map(({ code, actual }) => ({ code, actual })),
      [{ code: 'links-removed', actual: 2 }],
    )
  })

  test('clean HTML: no styles, no classes, images listed for upload', () => {
    const result = renderToutiao({ ...base, markdown: '## 标题\n\n![图](https://i.example/a.jpg)\n\n```js\nx\n```' })
    assert.equal(result.format, 'html')
    assert.equal(result.body, '<h2>标题</h2>\n<p><img src="https://i.example/a.jpg" alt="图"></p>\n<pre><code>x\n</code></pre>\n')
    assert.deepEqual(
      result.images.map((image) => image.role),
      ['cover', 'body'],
    )
  })

  test('title must have 2 to 30 characters', () => {
    const issue = (title: string): string[] => renderToutiao({ ...base, title, markdown: '正文' }).issues.map((item) => item.code)
    assert.deepEqual(issue('头'), ['title-too-short'])
    assert.deepEqual(issue('头条'), [])
    assert.deepEqual(issue('头'.repeat(30)), [])
    assert.deepEqual(issue('头'.repeat(31)), ['title-too-long'])
  })

  test('a missing cover is a warning, not an error (the cover is optional)', () => {
    const [issue] = renderToutiao({ title: '头条标题', markdown: '正文' }).issues
    assert.deepEqual([issue.code, issue.severity], ['cover-missing', 'warning'])
  })
})
