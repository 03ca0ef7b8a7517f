import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { findImageSources, replaceImageSources } from './imageSources'

describe('img sources', () => {
  const html = `<p><img src="/media/a.jpg?w=1&amp;h=2" alt="x"><IMG alt='y' SRC='https://c.example/b.png'><img src=bare.gif></p>`
  test('finds every src, decoded', () => {
    assert.deepEqual(findImageSources(html), ['/media/a.jpg?w=1&h=2', 'https://c.example/b.png', 'bare.gif'])
  })
  test('replaces only the sources it knows, escaping the new value', () => {
    const out = replaceImageSources({
      html, replace: (src) => (src === '/media/a.jpg?w=1&h=2' ? 'http://mmbiz.qpic.cn/x/0?a=1&b="2"' : undefined),
    })
    assert.equal(out, `<p><img src="http://mmbiz.qpic.cn/x/0?a=1&amp;b=&quot;2&quot;" alt="x"><IMG alt='y' SRC='https://c.example/b.png'><img src=bare.gif></p>`)
  })
})
