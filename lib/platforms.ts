export const PLATFORMS = ['wechat', 'weibo', 'toutiao'] as const
export type PlatformId = (typeof PLATFORMS)[number]

export const PLATFORM_LABELS: Record<PlatformId, { zh: string; en: string }> = {
  wechat: { zh: '微信公众号', en: 'WeChat Official Account' },
  weibo: { zh: '微博', en: 'Weibo' },
  toutiao: { zh: '头条号', en: 'Toutiao' },
}
