import type { CollectionBeforeChangeHook } from 'payload'
import type { PlatformAccount } from '../../../payload-types'
import { credentialsKey } from '../../../../lib/secrets'
import { openSecret, sealSecret } from '../../../../lib/secretBox'
import { CREDENTIAL_KEYS, CREDENTIALS_AAD, type Credentials, credentialsIn } from '../credentialKeys'

export type CredentialHint = { set: boolean; last4: string | null }

/**
 * Credentials arrive in plaintext in `credentials` and leave this hook only as one AES-256-GCM
 * sealed string in `credentialsCipher`; the plaintext fields are always saved empty. An empty
 * input keeps the stored value, so saving the form without retyping a secret loses nothing.
 */
export const sealCredentials: CollectionBeforeChangeHook<PlatformAccount> = ({ data, originalDoc }) => {
  const incoming = credentialsIn(data.credentials)
  const previousCipher = typeof originalDoc?.credentialsCipher === 'string' ? originalDoc.credentialsCipher : null
  const cleared = Object.fromEntries(CREDENTIAL_KEYS.map((key) => [key, null]))
  if (Object.keys(incoming).length === 0) {
    return { ...data, credentials: cleared, credentialsCipher: previousCipher ?? data.credentialsCipher ?? null }
  }
  return { ...data, credentials: cleared, ...sealedCredentials({ incoming, previousCipher }) }
}

/** The sealed value and its hints once `incoming` is merged into what `previousCipher` holds (a key left out keeps its value). */
export function sealedCredentials(args: { incoming: Credentials; previousCipher: string | null }): {
  credentialsCipher: string
  credentialsHint: Record<string, CredentialHint>
} {
  const key = credentialsKey()
  const { previousCipher } = args
  const previous = previousCipher ? credentialsIn(JSON.parse(openSecret({ sealed: previousCipher, key, context: CREDENTIALS_AAD }))) : {}
  const merged: Credentials = { ...previous, ...args.incoming }
  return {
    credentialsCipher: sealSecret({ plaintext: JSON.stringify(merged), key, context: CREDENTIALS_AAD }),
    credentialsHint: hintsFor(merged),
  }
}

function hintsFor(credentials: Credentials): Record<string, CredentialHint> {
  return Object.fromEntries(
    CREDENTIAL_KEYS.map((key) => {
      const v = credentials[key]
      return [key, { set: Boolean(v), last4: v && v.length >= 8 ? v.slice(-4) : null }]
    }),
  )
}
