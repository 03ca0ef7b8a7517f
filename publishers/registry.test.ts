import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createPublisherRegistry } from './registry'

describe('publisher registry', () => {
  const registry = createPublisherRegistry({ wechat: { apiBase: 'http://127.0.0.1:1' } })
  test('finds the publisher by platform and content kind, without branching on names', () => {
    assert.equal(registry.find({ platform: 'wechat', contentKind: 'article' })?.id, 'wechat')
    assert.equal(registry.find({ platform: 'weibo', contentKind: 'poster' })?.id, 'weibo')
    assert.equal(registry.find({ platform: 'toutiao', contentKind: 'video' })?.id, 'toutiao-video')
    assert.equal(registry.find({ platform: 'toutiao', contentKind: 'article' })?.capabilities.mode, 'assisted')
    assert.equal(registry.find({ platform: 'wechat', contentKind: 'video' }), undefined)
    assert.deepEqual(registry.all.map((p) => p.id), ['wechat', 'weibo', 'toutiao-video', 'toutiao-assisted'])
  })
  test('settings schemas fill account defaults', () => {
    assert.deepEqual(registry.get('wechat').settingsSchema.parse({}), {
      openComments: false, onlyFansCanComment: false, coverMaterialType: 'image', linkToPublicPage: true,
    })
    assert.equal(registry.get('weibo').settingsSchema.safeParse({ rip: 'not-an-ip' }).success, false)
  })
})
