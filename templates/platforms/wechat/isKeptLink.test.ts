import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRandom } from '../../../tests/helpers/seededRandom'
import { isKeptLink } from './isKeptLink'
import { wechatRules } from './wechatRules'

/** The definition: an http(s) URL whose parsed hostname is a kept host. */
function byDefinition(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && wechatRules.keptLinkHosts.includes(url.hostname)
  } catch {
    return false
  }
}

const schemes = ['https://', 'http://', 'HTTPS://', 'https:\\\\', 'https:', 'ftp://', '//', 'javascript:', '']
const hosts = [
  'mp.weixin.qq.com',
  'MP.WEIXIN.QQ.COM',
  'mp%2Eweixin.qq.com',
  'ｍｐ.weixin.qq.com',
  'mp.weixin.qq.com.',
  'mp.wei\txin.qq.com',
  'evil.com',
  'mp.weixin.qq.com.evil.com',
  'user@mp.weixin.qq.com',
  'mp.weixin.qq.com:443',
]
const tails = ['', '/s?__biz=MzA&mid=1', '/s/abc', '#x', '?u=https://mp.weixin.qq.com', ' ']

describe('isKeptLink', () => {
  test('keeps WeChat article links only, whatever their spelling, exactly as the URL parser decides', () => {
    const random = createRandom(9)
    let kept = 0
    for (let round = 0; round < 5_000; round++) {
      const href = random.pick(schemes) + random.pick(hosts) + random.pick(tails)
      assert.equal(isKeptLink(href), byDefinition(href), JSON.stringify(href))
      if (byDefinition(href)) kept++
    }
    assert.ok(kept > 200 && kept < 4_800, `both answers are exercised (${kept} kept)`)
  })
})
