import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ContentRejectedError } from './errors'
import { findImageSources, outsideImageUrl, replaceImageSources } from './imageSources'

describe('img sources', () => {
  const html = `<p><img src="/media/a.jpg?w=1&amp;h=2" alt="x"><IMG alt='y' SRC='https://c.example/b.png'><img src=bare.gif></p>`
  test('finds every src, decoded', () => {
    assert.deepEqual(findImageSources(html), ['/media/a.jpg?w=1&h=2', 'https://c.example/b.png', 'bare.gif'])
  })
  test('replaces only the sources it knows, escaping the new value', () => {
    const out = replaceImageSources({
      html,
      replace: (src) => (src === '/media/a.jpg?w=1&h=2' ? 'http://mmbiz.qpic.cn/x/0?a=1&b="2"' : undefined),
    })
    assert.equal(
      out,
      `<p><img src="http://mmbiz.qpic.cn/x/0?a=1&amp;b=&quot;2&quot;" alt="x"><IMG alt='y' SRC='https://c.example/b.png'><img src=bare.gif></p>`,
    )
  })
})

describe('outside image URLs', () => {
  const base = 'https://cms.example.com'
  test('IPv6 hosts that markdown-it escaped get their brackets back, so the address can be checked', () => {
    assert.equal(outsideImageUrl({ src: 'http://%5B::1%5D/a.png', base }), 'http://[::1]/a.png')
    assert.equal(outsideImageUrl({ src: 'http://%5b2001:db8::1%5d:8080/x.png', base }), 'http://[2001:db8::1]:8080/x.png')
    assert.equal(
      outsideImageUrl({ src: 'https://img.example.com/a%5B1%5D.png', base }),
      'https://img.example.com/a%5B1%5D.png',
      'only the host',
    )
  })

  test('relative sources resolve against our address; other schemes and broken addresses are a content problem naming the image', () => {
    assert.equal(outsideImageUrl({ src: 'pics/a.png', base }), 'https://cms.example.com/pics/a.png')
    for (const src of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      'http://[::1',
      'http://%5Bnot-an-ip%5D/a.png',
    ]) {
      assert.throws(
        () => outsideImageUrl({ src, base }),
        (error: unknown) =>
          error instanceof ContentRejectedError && error.message.includes(`正文图片地址无法使用：${src}`) && /素材库/.test(error.message),
        src,
      )
    }
  })
})
