import { z } from 'zod'
import { openSecret, sealSecret } from '../../lib/secretBox'
import type { StoredToken } from '../../publishers'

const storedTokenSchema = z.object({
  value: z.string().min(1),
  expiresAt: z.number(),
  refreshToken: z.string().optional(),
  refreshExpiresAt: z.number().optional(),
})

/** The additional authenticated data: a sealed token opens only under the Redis key it was written to. */
const contextFor = (redisKey: string): string => `scheduler/token-cache/v1:${redisKey}`

/** AES-256-GCM under the credentials key, so neither Redis nor its AOF holds a platform token in clear. */
export function sealToken(args: { token: StoredToken; redisKey: string; key: Buffer }): string {
  const plaintext = JSON.stringify(storedTokenSchema.parse(args.token))
  return sealSecret({ plaintext, key: args.key, context: contextFor(args.redisKey) })
}

/**
 * The token sealed under this key, or undefined when it cannot be read: sealed under another key,
 * copied from another account's key, tampered with, or a plaintext entry from before tokens were
 * sealed. The cache then simply misses and the token is fetched again.
 */
export function openToken(args: { sealed: string; redisKey: string; key: Buffer }): StoredToken | undefined {
  try {
    const plaintext = openSecret({ sealed: args.sealed, key: args.key, context: contextFor(args.redisKey) })
    const parsed = storedTokenSchema.safeParse(JSON.parse(plaintext))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
