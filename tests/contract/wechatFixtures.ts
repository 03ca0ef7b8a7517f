import type { BundleArticle, PublishRequest, PushRequest } from '../../publishers/core/types'
import { wechatSettingsSchema } from '../../publishers/wechat/accountSchemas'
import type { WechatSettings } from '../../publishers/wechat/accountSchemas'
import { jpegAsset, pngAsset } from './assets'

export const WECHAT_CREDENTIALS = { appId: 'wx0000000000000001', appSecret: 'fake-wechat-app-secret' }

export const WECHAT_ASSETS = {
  'media-a': jpegAsset('a.jpg'),
  'https://cdn.example.com/b.png': pngAsset('b.png'),
}

export function wechatRequest(overrides: Partial<PublishRequest<WechatSettings>> = {}): PublishRequest<WechatSettings> {
  return {
    deliveryId: 'delivery-1',
    contentKind: 'article',
    title: '618 会员日：新人福利上线',
    digest: '三重福利，今晚 20:00 开抢',
    author: '小编',
    body:
      '<section><p style="color:#333;font-size:16px">正文第一段</p><img src="/media/a.jpg?w=1&amp;h=2" alt="a">' +
      '<p style="margin:0">中段</p><img src="https://cdn.example.com/b.png"></section>',
    images: [
      { src: '/media/a.jpg?w=1&h=2', ref: { kind: 'media', id: 'media-a' } },
      { src: 'https://cdn.example.com/b.png', ref: { kind: 'url', url: 'https://cdn.example.com/b.png' } },
    ],
    cover: {
      ...jpegAsset('cover.jpg'),
      crops: { wide: { x1: 0, y1: 0, x2: 1, y2: 0.5 }, square: { x1: 0.1945, y1: 0, x2: 0.6200001, y2: 1 } },
    },
    publicUrl: 'https://brand.example.com/p/618',
    settings: wechatSettingsSchema.parse({ openComments: true }),
    ...overrides,
  }
}

/** Article `index` (1-based after the lead) of a bundle: one body image and a cover of its own. */
export function wechatBundleArticle(index: number, overrides: Partial<BundleArticle> = {}): BundleArticle {
  return {
    contentId: `article-${index + 1}`,
    title: `次条 ${index}：会员日攻略`,
    digest: `第 ${index} 篇的摘要`,
    author: '编辑部',
    body: `<section><p>第 ${index + 1} 篇正文</p><img src="/media/bundle-${index}.jpg"></section>`,
    images: [{ src: `/media/bundle-${index}.jpg`, ref: { kind: 'media', id: `media-bundle-${index}` } }],
    cover: jpegAsset(`cover-${index}.jpg`),
    publicUrl: `https://brand.example.com/p/618-${index}`,
    ...overrides,
  }
}

export const WECHAT_BUNDLE_ASSETS = {
  ...WECHAT_ASSETS,
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`media-bundle-${i + 1}`, jpegAsset(`bundle-${i + 1}.jpg`)])),
}

/** A 群发 of the lead plus `extra` bundle articles. */
export function wechatMassRequest(args: { extra?: number; push?: Partial<PushRequest> } = {}): PublishRequest<WechatSettings> {
  const bundle = Array.from({ length: args.extra ?? 0 }, (_, i) => wechatBundleArticle(i + 1))
  return wechatRequest({ bundle, push: { mode: 'mass', dedupeKey: 'delivery-1#1', ...args.push } })
}
