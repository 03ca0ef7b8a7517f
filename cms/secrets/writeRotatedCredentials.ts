import type { Payload } from 'payload'
import type { RotatedCredentials } from '../../publishers'
import type { Credentials } from '../collections/PlatformAccounts/credentialKeys'
import { sealedCredentials } from '../collections/PlatformAccounts/hooks/sealCredentials'

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
 * Server-side only: seals a refreshed user token into the account, merged with the stored credentials,
 * sealed under CREDENTIALS_KEY and reflected in the hints exactly as a save from the admin is
 * (`sealedCredentials`, the collection's own seal). Written as the account's two columns: Payload's update
 * would also rewrite the account's 长期指标 rows (delete, then insert), which the worker on SQLite writes
 * without a transaction, so a worker stopped in between would lose them. No other hook of the account
 * concerns its credentials.
 */
export async function writeRotatedCredentials(args: {
  payload: Payload
  id: string | number
  credentials: RotatedCredentials
}): Promise<void> {
  const stored = await args.payload.db.findOne<{ id: string | number; credentialsCipher?: string | null }>({
    collection: 'platform-accounts',
    where: { id: { equals: args.id } },
    select: { credentialsCipher: true },
  })
  if (!stored) return
  await args.payload.db.updateOne({
    collection: 'platform-accounts',
    id: args.id,
    data: sealedCredentials({ incoming: rotatedCredentialFields(args.credentials), previousCipher: stored.credentialsCipher ?? null }),
    returning: false,
  })
}
