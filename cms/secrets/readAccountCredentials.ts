import type { Payload } from 'payload'
import { credentialsKey } from '../../lib/secrets'
import { openSecret } from '../../lib/secretBox'
import { CREDENTIALS_AAD, type Credentials, credentialsIn } from '../collections/PlatformAccounts/credentialKeys'

/** Server-side only: the decrypted credentials of one account, for a publisher. Fails closed. */
export async function readAccountCredentials(args: { payload: Payload; id: string | number; key?: Buffer }): Promise<Credentials> {
  const doc = await args.payload.findByID({
    collection: 'platform-accounts',
    id: args.id,
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
  })
  const sealed = doc.credentialsCipher
  if (!sealed) return {}
  return credentialsIn(JSON.parse(openSecret({ sealed, key: args.key ?? credentialsKey(), context: CREDENTIALS_AAD })))
}
