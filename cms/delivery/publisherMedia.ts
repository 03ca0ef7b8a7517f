import type { PublisherId } from '../../publishers'

/**
 * Which media preset prepares each publisher's cover and body images (presets are data in media/).
 * WeChat's cover depends on the account's material type: permanent `image` or a 64 KB `thumb`.
 */
export const PUBLISHER_MEDIA: Record<PublisherId, { cover: Record<string, string>; body: string | null }> = {
  wechat: { cover: { image: 'wechat-cover', thumb: 'wechat-thumb' }, body: 'wechat-body' },
  weibo: { cover: { image: 'weibo-picture' }, body: null },
  'toutiao-video': { cover: { image: 'toutiao-cover' }, body: null },
  'toutiao-assisted': { cover: { image: 'toutiao-cover' }, body: 'wechat-body' },
}

export function coverPresetFor(args: { publisher: PublisherId; settings: Record<string, unknown> }): string {
  const covers = PUBLISHER_MEDIA[args.publisher].cover
  const type = typeof args.settings.coverMaterialType === 'string' ? args.settings.coverMaterialType : 'image'
  return covers[type] ?? covers.image
}
