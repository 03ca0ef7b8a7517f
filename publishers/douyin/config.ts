export type DouyinConfig = {
  /** DOUYIN_API_BASE: one host for OAuth (`/oauth/*`) and resources (`/api/douyin/v1/...`), douyin.md §1. */
  apiBase?: string
  timeoutMs?: number
}

export const DOUYIN_DEFAULT_API_BASE = 'https://open.douyin.com'
/** The creator centre, where an editor sees what the account posted. */
export const DOUYIN_BACK_OFFICE_URL = 'https://creator.douyin.com/'

export function resolveDouyinHost(config: DouyinConfig): string {
  return (config.apiBase ?? DOUYIN_DEFAULT_API_BASE).replace(/\/+$/, '')
}
