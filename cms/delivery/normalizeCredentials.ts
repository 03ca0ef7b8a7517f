import type { Credentials } from '../collections/PlatformAccounts/credentialKeys'

/** Stored credentials are text; publishers take expiry times as epoch milliseconds (ISO 8601 or digits accepted). */
export function normalizeCredentials(credentials: Credentials): Record<string, string | number> {
  const out: Record<string, string | number> = { ...credentials } as Record<string, string>
  for (const key of ['expiresAt', 'refreshExpiresAt'] as const) {
    const value = credentials[key]?.trim()
    if (!value) continue
    const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value)
    if (Number.isFinite(ms)) out[key] = ms
    else delete out[key]
  }
  return out
}
