import type { Redis } from 'ioredis'
import type { StoredToken, TokenStore } from '../../publishers'
import { tokenKey } from '../schedulerNames'
import { openToken, sealToken } from './sealedToken'

const HOUR_MS = 3_600_000
const REFRESH_TOKEN_DEFAULT_MS = 30 * 24 * HOUR_MS

/** How long Redis keeps a token: until it (or its refresh token, which a refresh may rotate) is of no use. */
function keepForMs(token: StoredToken, now: number): number {
  const usefulUntil = token.refreshToken ? (token.refreshExpiresAt ?? now + REFRESH_TOKEN_DEFAULT_MS) : token.expiresAt
  return Math.max(60_000, usefulUntil - now + HOUR_MS)
}

/**
 * Access tokens shared by every process (web and workers), one key per account, each sealed with the
 * credentials key (`sealingKey` is read when first needed). An entry that does not open is a miss.
 */
export function createRedisTokenStore(args: { redis: Redis; sealingKey: () => Buffer }): TokenStore {
  const { redis, sealingKey } = args
  return {
    async get(key) {
      const redisKey = tokenKey(key)
      const sealed = await redis.get(redisKey)
      if (sealed === null) return undefined
      return openToken({ sealed, redisKey, key: sealingKey() })
    },
    async set({ key, token }) {
      const redisKey = tokenKey(key)
      await redis.set(redisKey, sealToken({ token, redisKey, key: sealingKey() }), 'PX', keepForMs(token, Date.now()))
    },
    async delete(key) {
      await redis.del(tokenKey(key))
    },
  }
}
