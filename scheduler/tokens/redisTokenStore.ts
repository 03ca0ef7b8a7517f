import type { Redis } from 'ioredis'
import { z } from 'zod'
import type { StoredToken, TokenStore } from '../../publishers'
import { tokenKey } from '../schedulerNames'

const storedTokenSchema = z.object({
  value: z.string().min(1),
  expiresAt: z.number(),
  refreshToken: z.string().optional(),
  refreshExpiresAt: z.number().optional(),
})

const HOUR_MS = 3_600_000
const REFRESH_TOKEN_DEFAULT_MS = 30 * 24 * HOUR_MS

/** How long Redis keeps a token: until it (or its refresh token, which a refresh may rotate) is of no use. */
function keepForMs(token: StoredToken, now: number): number {
  const usefulUntil = token.refreshToken ? (token.refreshExpiresAt ?? now + REFRESH_TOKEN_DEFAULT_MS) : token.expiresAt
  return Math.max(60_000, usefulUntil - now + HOUR_MS)
}

/** Access tokens shared by every process (web and workers), one key per account. */
export function createRedisTokenStore(redis: Redis): TokenStore {
  return {
    async get(key) {
      const raw = await redis.get(tokenKey(key))
      if (raw === null) return undefined
      const parsed = storedTokenSchema.safeParse(JSON.parse(raw))
      return parsed.success ? parsed.data : undefined
    },
    async set({ key, token }) {
      await redis.set(tokenKey(key), JSON.stringify(storedTokenSchema.parse(token)), 'PX', keepForMs(token, Date.now()))
    },
    async delete(key) {
      await redis.del(tokenKey(key))
    },
  }
}
