import assert from 'node:assert/strict'
import { test } from 'node:test'
import { postLinkProblem } from './postLinkHosts'

test("a hand-off platform's link must be on its domain; other platforms take any http(s) link", () => {
  const rows: { platform: string; url: string; ok: boolean }[] = [
    { platform: 'xiaohongshu', url: 'https://www.xiaohongshu.com/explore/65a1b2', ok: true },
    { platform: 'xiaohongshu', url: 'http://xhslink.com/a/AbC', ok: true },
    { platform: 'xiaohongshu', url: 'https://xiaohongshu.com.evil.example/explore/1', ok: false },
    { platform: 'xiaohongshu', url: 'https://notxiaohongshu.com/1', ok: false },
    { platform: 'channels', url: 'https://channels.weixin.qq.com/web/pages/feed?eid=1', ok: true },
    { platform: 'channels', url: 'https://weixin.qq.com/sph/A1', ok: true },
    { platform: 'channels', url: 'https://www.douyin.com/video/1', ok: false },
    { platform: 'douyin', url: 'https://www.iesdouyin.com/share/video/1/', ok: true },
    { platform: 'toutiao', url: 'https://example.com/any', ok: true },
    { platform: 'unknown', url: 'https://example.com/any', ok: true },
  ]
  for (const row of rows) assert.equal(postLinkProblem(row) === null, row.ok, JSON.stringify(row))
  assert.match(
    String(postLinkProblem({ platform: 'xiaohongshu', url: 'https://www.douyin.com/video/1' })),
    /不是小红书的链接.*xiaohongshu\.com 或 xhslink\.com.*www\.douyin\.com/,
  )
})
