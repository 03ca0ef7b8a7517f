import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PLATFORM_PROFILES } from '../../../lib/platforms'
import { platformCounters, textsForPlatform } from './platformCounters'

test("each target platform's limits come from its profile, measured as it measures", () => {
  const shared = { title: '夏季新品上市'.repeat(6), digest: '摘要', body: '## 标题\n\n**正文**有 [链接](https://example.com) 十个字' }
  const [wechat, weibo, toutiao] = platformCounters({ platforms: ['wechat', 'weibo', 'toutiao', 'wechat'], textsFor: () => shared })
  assert.deepEqual(
    wechat.counters.map((c) => [c.name, c.count, c.max, c.over]),
    [
      ['标题', 36, PLATFORM_PROFILES.wechat.text.title.max, true],
      ['摘要', 2, PLATFORM_PROFILES.wechat.text.digest.max, false],
      ['正文', 10, PLATFORM_PROFILES.wechat.text.body.max, false],
    ],
  )
  assert.equal(wechat.label, '公众号')
  // Weibo takes an excerpt of the body: it is counted the Weibo way and never "over".
  const weiboBody = weibo.counters.find((c) => c.name === '正文')
  assert.equal(weiboBody?.max, PLATFORM_PROFILES.weibo.text.body.max)
  assert.equal(weiboBody?.excerpted, true)
  // Toutiao documents no body limit: no body counter.
  assert.deepEqual(
    toutiao.counters.map((c) => c.name),
    ['标题'],
  )
})

test("a platform's rewrite is counted for that platform instead of the shared text", () => {
  const shared = { title: '共用标题', digest: '', body: '共用正文' }
  const variants = [{ platform: 'weibo', title: '', body: '微博专用的一句话' }]
  assert.deepEqual(textsForPlatform({ platform: 'weibo', shared, variants }), { title: '共用标题', digest: '', body: '微博专用的一句话' })
  assert.deepEqual(textsForPlatform({ platform: 'wechat', shared, variants }), shared)
})
