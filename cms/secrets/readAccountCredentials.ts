import type { Payload } from 'payload'
import { credentialsKey } from '../../lib/secrets'
import { openSecret } from '../../lib/secretBox'
import { CREDENTIALS_AAD, type Credentials } from '../collections/PlatformAccounts/credentialKeys'

/** Server-side only: the decrypted credentials of one account, for a publisher. Fails closed. */
export async function readAccountCredentials(args: { payload: Payload; id: string | number; key?: Buffer }): Promise<Credentials> {
  const doc = await args.payload.findByID({
    collection: 'platform-accounts',
    id: args.id,
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
  })
  const sealed = (doc as { credentialsCipher?: string | null }).credentialsCipher
  if (!sealed) return {}
  return JSON.parse(openSecret({ sealed, key: args.key ?? credentialsKey(), context: CREDENTIALS_AAD })) as Credentials
}
