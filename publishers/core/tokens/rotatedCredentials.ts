import type { Logger } from '../logger'
import type { PlatformId } from '../types'
import type { StoredToken } from './tokenStore'

/** An account's user token after a refresh, times in epoch ms: what the caller seals back into the account. */
export type RotatedCredentials = {
  accessToken: string
  expiresAt: number
  refreshToken?: string
  refreshExpiresAt?: number
  refreshRenewals?: number
}

export type CredentialsRotatedHandler = (args: { credentials: RotatedCredentials }) => Promise<void>

/** Pure: the credential fields a refreshed token replaces. */
export function rotatedCredentials(token: StoredToken): RotatedCredentials {
  return {
    accessToken: token.value,
    expiresAt: token.expiresAt,
    ...(token.refreshToken === undefined ? {} : { refreshToken: token.refreshToken }),
    ...(token.refreshExpiresAt === undefined ? {} : { refreshExpiresAt: token.refreshExpiresAt }),
    ...(token.refreshRenewals === undefined ? {} : { refreshRenewals: token.refreshRenewals }),
  }
}

/**
 * Hands a refreshed user token to the caller to store with the account. A failure to store is logged,
 * not thrown: the platform has already replaced the old token, and failing the refresh here would keep
 * the new one out of the token cache as well, losing it everywhere.
 */
export async function reportRotatedCredentials(args: {
  onCredentialsRotated?: CredentialsRotatedHandler
  logger: Logger
  platform: PlatformId
  token: StoredToken
}): Promise<void> {
  if (args.onCredentialsRotated === undefined) return
  try {
    await args.onCredentialsRotated({ credentials: rotatedCredentials(args.token) })
  } catch (error) {
    args.logger.error(
      { platform: args.platform, error: error instanceof Error ? error.message : String(error) },
      'could not save the refreshed token with the account; it stays in the token cache only',
    )
  }
}
