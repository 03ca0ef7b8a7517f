import { isPlatformId, PLATFORM_PROFILES } from '../../../lib/platforms'

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
  'refreshRenewals',
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
  clientKey: { zh: 'Client Key（头条、抖音开放平台应用）', en: 'Client Key (Toutiao, Douyin app)' },
  clientSecret: { zh: 'Client Secret（头条、抖音开放平台应用）', en: 'Client Secret (Toutiao, Douyin app)' },
  accessToken: { zh: '用户 Access Token', en: 'User access token' },
  refreshToken: { zh: 'Refresh Token', en: 'Refresh token' },
  expiresAt: { zh: 'Access Token 到期时间', en: 'Access token expires at' },
  refreshExpiresAt: { zh: 'Refresh Token 到期时间', en: 'Refresh token expires at' },
  uid: { zh: '微博用户 UID', en: 'Weibo uid' },
  openId: { zh: '用户 open_id（头条、抖音）', en: 'User open_id (Toutiao, Douyin)' },
  callbackToken: { zh: '回调令牌 Token（公众号「服务器配置」）', en: 'Callback token (WeChat server configuration)' },
  refreshRenewals: { zh: 'Refresh Token 已续期次数（抖音最多 5 次）', en: 'Refresh token renewals (Douyin: at most 5)' },
}

export const CREDENTIALS_AAD = 'platform-accounts/credentials/v1'

const isCredentialKey = (key: string): key is CredentialKey => CREDENTIAL_KEYS.some((known) => known === key)

/** Times among the credentials (ISO strings): typed with a date picker, and a last 4 characters would mean nothing. */
export const CREDENTIAL_TIMES: readonly CredentialKey[] = ['expiresAt', 'refreshExpiresAt']

/**
 * The credentials the form asks for on an account of `platform`: the ones its profile names, and
 * the expiry of a token typed in by hand. None before a platform is chosen.
 */
export function credentialInputKeys(platform: unknown): CredentialKey[] {
  if (!isPlatformId(platform)) return []
  const named: CredentialKey[] = PLATFORM_PROFILES[platform].credentials.fields.filter(isCredentialKey)
  const expiries: CredentialKey[] = [
    ...(named.includes('accessToken') ? (['expiresAt'] as const) : []),
    ...(named.includes('refreshToken') ? (['refreshExpiresAt'] as const) : []),
  ]
  return [...named, ...expiries]
}

/** The stored credentials worth listing for `platform`: the ones it asks for, and any other that is set (the connect flow's tokens). */
export function storedCredentialKeys(platform: unknown, isSet: (key: CredentialKey) => boolean): CredentialKey[] {
  const asked = credentialInputKeys(platform)
  return CREDENTIAL_KEYS.filter((key) => asked.includes(key) || isSet(key))
}
