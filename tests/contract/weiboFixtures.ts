import type { PublishRequest } from '../../publishers/core/types'
import type { WeiboSettings } from '../../publishers/weibo/accountSchemas'
import { jpegAsset } from './assets'

export const WEIBO_CREDENTIALS = {
  appKey: '1234567890',
  appSecret: 'fake-weibo-app-secret',
  accessToken: '2.00FAKE_DEMO_TOKEN',
  uid: '1404376560',
}

export function weiboRequest(overrides: Partial<PublishRequest<WeiboSettings>> = {}): PublishRequest<WeiboSettings> {
  return {
    deliveryId: 'delivery-w1',
    contentKind: 'article',
    title: '618 会员日',
    body: '618 会员日新人福利上线，三重福利今晚 20:00 开抢！',
    images: [],
    cover: jpegAsset('cover.jpg'),
    publicUrl: 'https://brand.example.com/p/618',
    settings: { rip: '203.0.113.7', secureDomain: 'example.com' },
    ...overrides,
  }
}
