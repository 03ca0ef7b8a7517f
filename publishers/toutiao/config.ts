export type ToutiaoConfig = {
  /** TOUTIAO_API_BASE: the open platform's resource host (video upload/create). */
  apiBase?: string
  /** OAuth host; defaults to `apiBase` when that is set (the fake serves both), else the real open.snssdk.com. */
  oauthBase?: string
  timeoutMs?: number
}

export const TOUTIAO_DEFAULT_API_BASE = 'https://open.douyin.com'
export const TOUTIAO_DEFAULT_OAUTH_BASE = 'https://open.snssdk.com'
export const TOUTIAO_BACK_OFFICE_URL = 'https://mp.toutiao.com/'
export const TOUTIAO_ARTICLE_EDITOR_URL = 'https://mp.toutiao.com/profile_v4/graphic/publish'

const trim = (url: string): string => url.replace(/\/+$/, '')

export function resolveToutiaoHosts(config: ToutiaoConfig): { apiBase: string; oauthBase: string } {
  return {
    apiBase: trim(config.apiBase ?? TOUTIAO_DEFAULT_API_BASE),
    oauthBase: trim(config.oauthBase ?? config.apiBase ?? TOUTIAO_DEFAULT_OAUTH_BASE),
  }
}
