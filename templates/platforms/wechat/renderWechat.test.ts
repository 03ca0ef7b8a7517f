import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { renderWechat } from './renderWechat'

const base = { title: '标题', coverUrl: 'https://cdn.example.com/cover.jpg' }
const codes = (markdown: string, extra: Record<string, unknown> = {}): string[] =>
  renderWechat({ ...base, markdown, ...extra }).issues.map((issue) => issue.code)

describe('renderWechat links', () => {
  test('outside links become numbered footnotes, one number per URL', () => {
    const { body } = renderWechat({ ...base, markdown: '[甲](https://a.example/1) [乙](https://b.example/2) [丙](https://a.example/1)' })
    assert.equal((body.match(/\[1\]<\/sup>/g) ?? []).length, 2)
    assert.equal((body.match(/\[2\]<\/sup>/g) ?? []).length, 1)
    assert.match(body, /参考链接.*\[1\] 甲：<span[^>]*>https:\/\/a\.example\/1<\/span>.*\[2\] 乙：/)
    assert.ok(!body.includes('<a '))
  })

  test('only mp.weixin.qq.com links stay links, whatever the spoof', () => {
    const { body } = renderWechat({
      ...base,
      markdown:
        '[好](http://mp.weixin.qq.com/s/a) [坏](https://mp.weixin.qq.com.evil.example/s) [坏](https://evil.example/#mp.weixin.qq.com)',
    })
    assert.deepEqual(
      [...body.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]),
      ['http://mp.weixin.qq.com/s/a'],
    )
    assert.match(body, /\[2\]<\/sup>/)
  })

  test('a link whose text is its URL (or e-mail address) gets no footnote', () => {
    const { body } = renderWechat({ ...base, markdown: '<https://a.example/x> <team@example.com>' })
    assert.ok(!body.includes('参考链接'))
    assert.ok(body.includes('https://a.example/x') && body.includes('team@example.com'))
  })
})

describe('renderWechat structure', () => {
  test('everything sits in one styled root section, with no class, id or newline', () => {
    const { body, format } = renderWechat({ ...base, markdown: '# 标题\n\n段落\n\n- 一\n- 二\n\n```\ncode\n```' })
    assert.equal(format, 'wechat-html')
    assert.match(body, /^<section style="[^"]+">.*<\/section>$/)
    assert.ok(!/ class=| id=|\n|<style/.test(body))
  })

  test('code keeps tabs, indentation, runs of spaces and blank lines', () => {
    const { body } = renderWechat({ ...base, markdown: '```\n\tif (a)  {\n  b()\n\n}\n```' })
    assert.match(body, /&nbsp;&nbsp;&nbsp;&nbsp;if \(a\)&nbsp;&nbsp;\{<br>&nbsp;&nbsp;b\(\)<br><br>\}<\/code>/)
  })

  test('themes change the inline styles', () => {
    const markdown = '## 小标题\n\n正文'
    const bodies = ['default', 'minimal', 'tech'].map((theme) => renderWechat({ ...base, markdown, theme }).body)
    assert.equal(new Set(bodies).size, 3)
  })

  test('an unknown theme falls back to the default one, with a warning', () => {
    const result = renderWechat({ ...base, markdown: '正文', theme: 'nope' })
    assert.equal(result.body, renderWechat({ ...base, markdown: '正文', theme: 'default' }).body)
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.severity]),
      [['theme-unknown', 'warning']],
    )
  })

  test('images are listed once each, cover first, SVGs dropped with a warning', () => {
    const result = renderWechat({
      ...base,
      markdown: '![a](https://i.example/a.png)\n\n![a again](https://i.example/a.png) ![s](https://i.example/s.svg)',
    })
    assert.deepEqual(result.images, [
      { src: 'https://cdn.example.com/cover.jpg', alt: '标题', role: 'cover' },
      { src: 'https://i.example/a.png', alt: 'a', role: 'body' },
    ])
    assert.ok(!result.body.includes('s.svg'))
    assert.deepEqual(
      result.issues.map((issue) => issue.code),
      ['images-dropped'],
    )
  })
})

describe('renderWechat limits (wechat.md §2.3, §5)', () => {
  test('a clean article has no issues and a 54-character derived digest', () => {
    const result = renderWechat({ ...base, markdown: '这是正文。'.repeat(30) })
    assert.deepEqual(result.issues, [])
    assert.equal([...result.digest].length, 54)
  })

  test('title over 32 characters, digest over 128, missing cover are errors', () => {
    const result = renderWechat({ title: '标'.repeat(33), digest: '摘'.repeat(129), markdown: '正文' })
    assert.deepEqual(
      result.issues.map(({ code, limit, actual, severity }) => ({ code, limit, actual, severity })),
      [
        { code: 'title-too-long', limit: 32, actual: 33, severity: 'error' },
        { code: 'digest-too-long', limit: 128, actual: 129, severity: 'error' },
        { code: 'cover-missing', limit: undefined, actual: undefined, severity: 'error' },
      ],
    )
    assert.match(result.issues[0].message, /32 字/)
  })

  test('a title within 32 characters but over 64 bytes is a warning', () => {
    assert.deepEqual(codes('正文', { title: '标'.repeat(22) }), ['title-bytes'])
    assert.deepEqual(codes('正文', { title: '标'.repeat(21) }), [])
  })

  test('a body of 20,000 visible characters is refused, 19,999 is not', () => {
    assert.deepEqual(codes('字'.repeat(19_999)), [])
    const issue = renderWechat({ ...base, markdown: '字'.repeat(20_000) }).issues[0]
    assert.equal(issue.code, 'body-too-long')
    assert.equal(issue.limit, 20_000)
    assert.equal(issue.actual, 20_000)
    assert.match(issue.message, /少于 20000 字/)
  })

  test('HTML of 1 MB or more is refused even when the text is short enough', () => {
    const markdown = Array.from({ length: 15_000 }, () => '- **a**').join('\n')
    const result = renderWechat({ ...base, markdown })
    assert.ok(Buffer.byteLength(result.body) >= 1_000_000)
    assert.deepEqual(
      result.issues.map((issue) => issue.code),
      ['body-too-large'],
    )
  })
})
