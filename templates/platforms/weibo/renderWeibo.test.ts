import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { renderWeibo } from './renderWeibo'

const base = {
  title: '新品',
  markdown: '第一段。\n\n![图一](https://i.example/1.jpg)\n\n![图二](https://i.example/2.jpg)',
  publicUrl: 'https://cms.example.com/a/1',
}

describe('renderWeibo', () => {
  test('plain text with the public link and the cover as its one picture', () => {
    const result = renderWeibo({ ...base, coverUrl: 'https://i.example/cover.jpg' })
    assert.equal(result.format, 'text')
    assert.equal(result.body, '【新品】第一段。 https://cms.example.com/a/1')
    assert.deepEqual(result.images, [{ src: 'https://i.example/cover.jpg', alt: '新品', role: 'cover' }])
    assert.deepEqual(result.issues, [])
  })

  test('without a cover the first body image is used, with a warning', () => {
    const result = renderWeibo(base)
    assert.deepEqual(result.images, [{ src: 'https://i.example/1.jpg', alt: '图一', role: 'body' }])
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.severity]),
      [['cover-missing', 'warning']],
    )
  })

  test('the public link is required and must be absolute http(s)', () => {
    assert.equal(renderWeibo({ ...base, publicUrl: null }).issues[0].code, 'public-url-missing')
    assert.equal(renderWeibo({ ...base, publicUrl: '/articles/x' }).issues[0].code, 'public-url-invalid')
    assert.equal(renderWeibo({ ...base, publicUrl: 'javascript:alert(1)' }).issues[0].code, 'public-url-invalid')
  })

  test('Markdown syntax does not leak into the text', () => {
    const { body } = renderWeibo({ ...base, markdown: '**粗体** 和 [链接](https://a.example) 以及 `代码`' })
    assert.equal(body, '【新品】粗体 和 链接 以及 代码 https://cms.example.com/a/1')
  })
})
