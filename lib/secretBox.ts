import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** AES-256-GCM sealed strings: `v1.<iv>.<tag>.<ciphertext>` (base64url parts). */
const PREFIX = 'v1'

export class SecretDecryptError extends Error {}

export function sealSecret(args: { plaintext: string; key: Buffer; context: string }): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', args.key, iv)
  cipher.setAAD(Buffer.from(args.context, 'utf8'))
  const body = Buffer.concat([cipher.update(args.plaintext, 'utf8'), cipher.final()])
  return [PREFIX, iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

export function openSecret(args: { sealed: string; key: Buffer; context: string }): string {
  const [prefix, iv, tag, body] = args.sealed.split('.')
  if (prefix !== PREFIX || !iv || !tag || body === undefined) {
    throw new SecretDecryptError('Stored credentials are not in a format this version can read.')
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', args.key, Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(args.context, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    throw new SecretDecryptError(
      'Stored platform credentials cannot be decrypted: CREDENTIALS_KEY is not the key they were saved with. Restore the original key, or re-enter the credentials.',
    )
  }
}
