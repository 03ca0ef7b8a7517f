/** Every credential an account may hold, across platforms. All write-only. */
export const CREDENTIAL_KEYS = [
  'appId',
  'appSecret',
  'appKey',
  'clientKey',
  'clientSecret',
  'accessToken',
  'refreshToken',
  'expiresAt',
  'refreshExpiresAt',
  'uid',
  'openId',
  'callbackToken',
] as const
export type CredentialKey = (typeof CREDENTIAL_KEYS)[number]
export type Credentials = Partial<Record<CredentialKey, string>>

/** The credentials in untyped data (a form's input, the opened JSON): known keys with text, trimmed; empty ones left out. */
export function credentialsIn(value: unknown): Credentials {
  if (!value || typeof value !== 'object') return {}
  const fields = new Map<string, unknown>(Object.entries(value))
  const out: Credentials = {}
  for (const key of CREDENTIAL_KEYS) {
    const v = fields.get(key)
    if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim()
  }
  return out
}

export const CREDENTIAL_LABELS: Record<CredentialKey, { zh: string; en: string }> = {
  appId: { zh: 'AppID（公众号）', en: 'AppID (WeChat)' },
  appSecret: { zh: 'AppSecret', en: 'AppSecret' },
  appKey: { zh: 'App Key（微博）', en: 'App Key (Weibo)' },
  clientKey: { zh: 'Client Key（头条）', en: 'Client Key (Toutiao)' },
  clientSecret: { zh: 'Client Secret（头条）', en: 'Client Secret (Toutiao)' },
  accessToken: { zh: '用户 Access Token', en: 'User access token' },
  refreshToken: { zh: 'Refresh Token', en: 'Refresh token' },
  expiresAt: { zh: 'Token 过期时间 (ISO 8601)', en: 'Token expires at (ISO 8601)' },
  refreshExpiresAt: { zh: 'Refresh Token 过期时间 (ISO 8601)', en: 'Refresh token expires at (ISO 8601)' },
  uid: { zh: '微博用户 UID', en: 'Weibo uid' },
  openId: { zh: '头条 open_id', en: 'Toutiao open_id' },
  callbackToken: { zh: '回调令牌 Token（公众号「服务器配置」）', en: 'Callback token (WeChat server configuration)' },
}

export const CREDENTIALS_AAD = 'platform-accounts/credentials/v1'
