export type WechatConfig = {
  /** WECHAT_API_BASE; the real host by default. */
  apiBase?: string
  /** Per-request cap, ms. */
  timeoutMs?: number
}

export const WECHAT_DEFAULT_API_BASE = 'https://api.weixin.qq.com'
export const WECHAT_BACK_OFFICE_URL = 'https://mp.weixin.qq.com/'
