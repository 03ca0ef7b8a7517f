import assert from 'node:assert/strict'
import { test } from 'node:test'
import { httpUrl } from './httpUrl'

test('http and https addresses pass, trimmed', () => {
  assert.equal(httpUrl().parse('  https://mp.weixin.qq.com/s/abc  '), 'https://mp.weixin.qq.com/s/abc')
  assert.equal(httpUrl().parse('http://[2001:db8::1]:8080/a?b=1'), 'http://[2001:db8::1]:8080/a?b=1')
})

test('every other scheme, a bare word and an overlong address are refused with the message given', () => {
  for (const text of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'file:///etc/passwd',
    'vbscript:x',
    'mailto:a@b.c',
    'https:',
    '//evil.example/x',
    'weixin.qq.com/s/abc',
    '',
    `https://a.example/${'x'.repeat(2100)}`,
  ]) {
    const result = httpUrl('要 http(s) 链接').safeParse(text)
    assert.equal(result.success, false, text)
    assert.equal(result.error?.issues[0]?.message, '要 http(s) 链接', text)
  }
})
