import type { Payload } from 'payload'
import type { RotatedCredentials } from '../../publishers'
import type { Credentials } from '../collections/PlatformAccounts/credentialKeys'

const iso = (ms: number): string => new Date(ms).toISOString()

/** Pure: a refreshed token as stored credentials are written (text, times in ISO 8601, as the connect flow saves them). */
export function rotatedCredentialFields(rotated: RotatedCredentials): Credentials {
  return {
    accessToken: rotated.accessToken,
    expiresAt: iso(rotated.expiresAt),
    ...(rotated.refreshToken === undefined ? {} : { refreshToken: rotated.refreshToken }),
    ...(rotated.refreshExpiresAt === undefined ? {} : { refreshExpiresAt: iso(rotated.refreshExpiresAt) }),
    ...(rotated.refreshRenewals === undefined ? {} : { refreshRenewals: String(rotated.refreshRenewals) }),
  }
}

/**
 * Server-side only: seals a refreshed user token into the account. It goes through the collection's
 * own sealCredentials hook, so it is merged with the stored credentials, sealed under CREDENTIALS_KEY
 * and reflected in the hints exactly as a save from the admin would be.
 */
export async function writeRotatedCredentials(args: {
  payload: Payload
  id: string | number
  credentials: RotatedCredentials
}): Promise<void> {
  await args.payload.update({
    collection: 'platform-accounts',
    id: args.id,
    overrideAccess: true,
    depth: 0,
    data: { credentials: rotatedCredentialFields(args.credentials) },
  })
}
