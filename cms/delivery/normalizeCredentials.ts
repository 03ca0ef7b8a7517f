import type { Credentials } from '../collections/PlatformAccounts/credentialKeys'

/** Stored credentials are text; publishers take `expiresAt` as epoch milliseconds (ISO 8601 or digits accepted). */
export function normalizeCredentials(credentials: Credentials): Record<string, string | number> {
  const out: Record<string, string | number> = { ...credentials } as Record<string, string>
  const expires = credentials.expiresAt?.trim()
  if (expires) {
    const ms = /^\d+$/.test(expires) ? Number(expires) : Date.parse(expires)
    if (Number.isFinite(ms)) out.expiresAt = ms
    else delete out.expiresAt
  }
  return out
}
