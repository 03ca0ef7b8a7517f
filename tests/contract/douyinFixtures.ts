import type { PublishRequest } from '../../publishers/core/types'
import type { DouyinSettings } from '../../publishers/douyin'
import { jpegAsset, mp4Bytes } from './assets'

/** The fake's app and its seeded grant (tests/fakes/douyin/config.ts). */
export const DOUYIN_CREDENTIALS = {
  clientKey: 'aw_fake_client_key',
  clientSecret: 'fake-douyin-client-secret',
  openId: 'douyin-open-id-1',
  accessToken: 'act.FAKE_DOUYIN_DEMO',
  refreshToken: 'rft.FAKE_DOUYIN_DEMO',
}

export const DOUYIN_ASSETS = {
  clip: { bytes: mp4Bytes(), contentType: 'video/mp4', filename: 'clip.mp4' },
  'a.jpg': jpegAsset('a.jpg'),
  'b.jpg': jpegAsset('b.jpg'),
}

export const API_SETTINGS: DouyinSettings = { serverPublishing: true, privateStatus: 0 }

export const DOUYIN_CAPTION = '618 会员日开箱实测\n三重福利一次讲清\n#开箱 #618'

export function douyinVideoRequest(overrides: Partial<PublishRequest<DouyinSettings>> = {}): PublishRequest<DouyinSettings> {
  return {
    deliveryId: 'delivery-d1',
    contentKind: 'video',
    title: '618 会员日开箱实测',
    body: '三重福利一次讲清',
    images: [],
    video: { ref: { kind: 'media', id: 'clip' }, filename: 'clip.mp4', contentType: 'video/mp4', byteLength: 8192 },
    topics: ['开箱', '#618'],
    settings: API_SETTINGS,
    ...overrides,
  }
}

export function douyinNoteRequest(overrides: Partial<PublishRequest<DouyinSettings>> = {}): PublishRequest<DouyinSettings> {
  return {
    deliveryId: 'delivery-d2',
    contentKind: 'note',
    title: '周末露营清单',
    body: '三样东西别忘带',
    images: [
      { src: '/media/a.jpg', ref: { kind: 'media', id: 'a.jpg' } },
      { src: '/media/b.jpg', ref: { kind: 'media', id: 'b.jpg' } },
    ],
    topics: ['露营'],
    settings: API_SETTINGS,
    ...overrides,
  }
}
