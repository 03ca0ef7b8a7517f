import { randomBytes } from 'node:crypto'
import { env } from './env'
import { readOrCreateLocalSecret } from './localSecret'

export class MissingSecretError extends Error {}

export function payloadSecret(): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // `next build` evaluates the config to collect pages but signs nothing: an ephemeral value will do.
  if (env.isBuildPhase) return randomBytes(32).toString('hex')
  if (env.isProduction) {
    throw new MissingSecretError('PAYLOAD_SECRET is required in production (32+ random characters).')
  }
  return readOrCreateLocalSecret({ dir: env.dataDir, name: 'payload-secret', bytes: 32 })
}

/** The 32-byte AES-256-GCM key for platform credentials. Deliberately separate from PAYLOAD_SECRET. */
export function credentialsKey(): Buffer {
  const source = env.CREDENTIALS_KEY
    ? { text: env.CREDENTIALS_KEY, from: 'CREDENTIALS_KEY' }
    : env.isProduction
      ? null
      : { text: readOrCreateLocalSecret({ dir: env.dataDir, name: 'credentials.key', bytes: 32 }), from: `${env.dataDir}/credentials.key` }
  if (!source) {
    throw new MissingSecretError(
      'CREDENTIALS_KEY is required in production: 32 random bytes as base64 or hex (openssl rand -base64 32). Platform credentials cannot be encrypted or read without it.',
    )
  }
  const key = decodeKey(source.text)
  if (!key) {
    throw new MissingSecretError(`${source.from} must be 32 bytes, written as base64 (44 chars) or hex (64 chars).`)
  }
  return key
}

function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim()
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex')
  const fromBase64 = Buffer.from(trimmed, 'base64')
  return fromBase64.length === 32 ? fromBase64 : null
}
