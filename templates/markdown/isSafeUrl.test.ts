import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { isSafeImageSrc, isSafeLinkUrl } from './isSafeUrl'

describe('isSafeLinkUrl', () => {
  test('allows http, https, mailto and relative URLs', () => {
    for (const url of ['https://a.cn/x', 'HTTP://A.CN', 'mailto:a@b.cn', '/articles/1', '#top', 'page?x=1', '//cdn.a.cn/x']) {
      assert.equal(isSafeLinkUrl(url), true, url)
    }
  })
  test('refuses script-capable and local schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'vbscript:x',
      'data:text/html,<b>',
      'data:image/png;base64,AA',
      'file:///etc/passwd',
      'weixin://dl',
      'java\tscript:x',
      'javascript%3Aalert(1)',
      '',
    ]) {
      assert.equal(isSafeLinkUrl(url), false, url)
    }
  })
})

describe('isSafeImageSrc', () => {
  test('allows only http(s) and relative sources', () => {
    assert.equal(isSafeImageSrc('https://img.cn/a.png'), true)
    assert.equal(isSafeImageSrc('/api/media/file/a.png'), true)
    assert.equal(isSafeImageSrc('mailto:a@b.cn'), false)
    assert.equal(isSafeImageSrc('data:image/png;base64,AA'), false)
  })
})
