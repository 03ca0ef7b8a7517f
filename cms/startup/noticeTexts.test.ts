import assert from 'node:assert/strict'
import { test } from 'node:test'
import { assistOfflineNotice, isLocalUrl, publicUrlWarning } from './noticeTexts'

test('localhost, 127.x, 0.0.0.0 and ::1 are this machine; a real host is not', () => {
  for (const url of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://0.0.0.0', 'http://[::1]:3000', 'http://app.localhost'])
    assert.equal(isLocalUrl(url), true, url)
  assert.equal(isLocalUrl('https://cms.example.com'), false)
})

test('PUBLIC_URL unset or local warns, in Chinese and English, once real accounts publish or in production', () => {
  const warning = publicUrlWarning({ publicUrl: 'http://localhost:3000', isProduction: false, realAccounts: 2 })
  assert.ok(warning)
  assert.match(warning, /PUBLIC_URL（http:\/\/localhost:3000）.*而有 2 个发布账号连的是真实平台.*读者打不开/)
  assert.match(warning, /Warning: PUBLIC_URL .*2 account\(s\) publish to a real platform/)
  assert.match(
    publicUrlWarning({ publicUrl: undefined, isProduction: true, realAccounts: 0 }) ?? '',
    /未设置.*生产环境.*NODE_ENV=production/,
  )
})

test('no warning for the demo on local fakes, or once PUBLIC_URL is a public address', () => {
  assert.equal(publicUrlWarning({ publicUrl: undefined, isProduction: false, realAccounts: 0 }), null)
  assert.equal(publicUrlWarning({ publicUrl: 'https://cms.example.com', isProduction: true, realAccounts: 3 }), null)
})

test('the admin, not the copywriter, is told how to turn the AI assist on', () => {
  assert.match(assistOfflineNotice({ apiKey: undefined }) ?? '', /AI 辅助未开通.*OPENAI_API_KEY/)
  assert.equal(assistOfflineNotice({ apiKey: 'sk-1' }), null)
})
