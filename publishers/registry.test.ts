import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { PLATFORM_PROFILES, PLATFORMS, publisherRoute } from '../lib/platforms'
import { oauthFlowFor } from './oauthFlows'
import { createPublisherRegistry } from './registry'

describe('publisher registry', () => {
  const registry = createPublisherRegistry({ wechat: { apiBase: 'http://127.0.0.1:1' } })
  test('finds the publisher by platform and content kind, without branching on names', () => {
    assert.equal(registry.find({ platform: 'wechat', contentKind: 'article' })?.id, 'wechat')
    assert.equal(registry.find({ platform: 'weibo', contentKind: 'poster' })?.id, 'weibo')
    assert.equal(registry.find({ platform: 'toutiao', contentKind: 'video' })?.id, 'toutiao-video')
    assert.equal(registry.find({ platform: 'toutiao', contentKind: 'article' })?.capabilities.mode, 'assisted')
    assert.equal(registry.find({ platform: 'wechat', contentKind: 'video' }), undefined)
    assert.deepEqual(
      registry.all.map((p) => p.id),
      [
        'wechat',
        'weibo',
        'toutiao-video',
        'toutiao-assisted',
        'douyin-video',
        'douyin-image-text',
        'xiaohongshu-assisted',
        'channels-assisted',
      ],
    )
  })
  test('settings schemas fill account defaults', () => {
    assert.deepEqual(registry.get('wechat').settingsSchema.parse({}), {
      openComments: false,
      onlyFansCanComment: false,
      coverMaterialType: 'image',
      linkToPublicPage: true,
      accountType: 'subscription',
    })
    assert.equal(registry.get('weibo').settingsSchema.safeParse({ rip: 'not-an-ip' }).success, false)
  })
  test("capabilities are the platform profile's (lib/platforms), every route has its publisher", () => {
    for (const publisher of registry.all) {
      const route = publisherRoute(publisher.id)
      assert.equal(publisher.capabilities.platform, route.platform)
      assert.equal(publisher.capabilities.limits, route.limits)
      assert.deepEqual(publisher.capabilities.contentKinds, route.contentKinds)
    }
    const routes = PLATFORMS.flatMap((platform) => PLATFORM_PROFILES[platform].publishers.map((route) => route.id))
    assert.deepEqual([...routes].sort(), registry.all.map((p) => p.id).sort())
  })
  test('a platform has a connect flow exactly when its profile says OAuth', () => {
    for (const platform of PLATFORMS) {
      const flow = oauthFlowFor({ platform, config: {} })
      assert.equal(flow !== undefined, PLATFORM_PROFILES[platform].credentials.kind === 'oauth', platform)
    }
  })
})
