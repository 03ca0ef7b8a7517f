export type WeiboConfig = {
  /** WEIBO_API_BASE (REST `/2/...` and OAuth `/oauth2/...`); the real host by default. */
  apiBase?: string
  timeoutMs?: number
}

export const WEIBO_DEFAULT_API_BASE = 'https://api.weibo.com'
export const WEIBO_BACK_OFFICE_URL = 'https://weibo.com/'
