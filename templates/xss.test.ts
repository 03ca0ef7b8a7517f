import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { renderForPlatform, renderPublicHtml } from './index'
import { loadMarkdownFixtures } from './testing/markdownFixtures'
import { scanHtml } from './testing/scanHtml'

const xss = loadMarkdownFixtures().find((fixture) => fixture.name === 'xss')
if (!xss) throw new Error('xss fixture missing')
const htmlOutputs = {
  wechat: renderForPlatform({ platform: 'wechat', input: xss.input }).body,
  toutiao: renderForPlatform({ platform: 'toutiao', input: xss.input }).body,
  public: renderPublicHtml(xss.input.markdown),
}

describe('the XSS corpus produces nothing executable', () => {
  for (const [name, html] of Object.entries(htmlOutputs)) {
    test(name, () => {
      const tags = scanHtml(html)
      const names = new Set(tags.map((tag) => tag.name))
      for (const forbidden of ['script', 'style', 'iframe', 'svg', 'object', 'embed', 'link', 'form', 'input']) {
        assert.ok(!names.has(forbidden), `<${forbidden}> in ${name}`)
      }
      for (const tag of tags) {
        for (const [attribute, value] of Object.entries(tag.attrs)) {
          assert.ok(!attribute.startsWith('on') && attribute !== 'srcdoc', `${attribute} on <${tag.name}>`)
          if (attribute === 'href' || attribute === 'src') assert.match(value, /^(https?:\/\/|mailto:|\/)/, `${attribute}=${value}`)
        }
      }
    })
  }

  test('raw HTML is shown as text, not dropped', () => {
    for (const html of Object.values(htmlOutputs)) {
      assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'))
      assert.ok(html.includes('&lt;style&gt;body{display:none}&lt;/style&gt;'))
    }
  })

  test('links with a refused scheme stay visible as their Markdown source', () => {
    for (const html of Object.values(htmlOutputs)) {
      assert.ok(html.includes('[普通的 javascript 链接](javascript:alert(1))'))
      assert.ok(html.includes('[百分号编码](javascript%3Aalert(1))'))
    }
  })

  test('a hostile title and digest stay text in the Weibo status', () => {
    const { body, issues } = renderForPlatform({ platform: 'weibo', input: xss.input })
    assert.ok(body.startsWith('【<script>alert(1)</script>】'))
    assert.ok(issues.some((issue) => issue.code === 'public-url-invalid'))
    assert.ok(!body.includes('javascript:'))
  })
})
