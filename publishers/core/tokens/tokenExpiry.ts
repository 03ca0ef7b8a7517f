export type TokenExpiryState = 'valid' | 'expiring' | 'expired' | 'unknown'

/** For the admin: is a user token still good, and should someone re-authorise soon? */
export function describeTokenExpiry(args: { expiresAt?: number; now: number; warnBeforeMs?: number }): {
  state: TokenExpiryState
  msLeft?: number
} {
  const { expiresAt, now } = args
  if (expiresAt === undefined) return { state: 'unknown' }
  const msLeft = expiresAt - now
  if (msLeft <= 0) return { state: 'expired', msLeft: 0 }
  if (msLeft <= (args.warnBeforeMs ?? 86_400_000)) return { state: 'expiring', msLeft }
  return { state: 'valid', msLeft }
}
