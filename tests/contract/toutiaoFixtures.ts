import type { PublishRequest } from '../../publishers/core/types'
import type { ToutiaoVideoSettings } from '../../publishers/toutiao'
import { mp4Bytes } from './assets'

export const TOUTIAO_CREDENTIALS = {
  clientKey: 'tt_fake_client_key',
  clientSecret: 'fake-toutiao-client-secret',
  openId: 'open-id-1',
  accessToken: 'act.FAKE_DEMO',
  refreshToken: 'rft.FAKE_DEMO',
}

export const TOUTIAO_ASSETS = { clip: { bytes: mp4Bytes(), contentType: 'video/mp4', filename: 'clip.mp4' } }

export function toutiaoVideoRequest(overrides: Partial<PublishRequest<ToutiaoVideoSettings>> = {}): PublishRequest<ToutiaoVideoSettings> {
  return {
    deliveryId: 'delivery-t1',
    contentKind: 'video',
    title: '618 会员日开箱实测',
    body: '',
    images: [],
    video: { ref: { kind: 'media', id: 'clip' }, filename: 'clip.mp4', contentType: 'video/mp4', byteLength: 8192 },
    settings: {},
    ...overrides,
  }
}
