import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { credentialsKey } from '../../lib/secrets'
import { createTokenProvider, TransientError, type TokenProvider } from '../../publishers'
import { tokenLockKey } from '../schedulerNames'
import { createRedisTokenStore } from './redisTokenStore'

type TokenFetcher = Parameters<TokenProvider['get']>[0]['fetch']

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`
/** Longer than any token endpoint call (the HTTP client's timeout is 30 s). */
const LOCK_MS = 45_000
const WAIT_MS = 50_000
const SKEW_MS = 300_000

/**
 * The publishers' token provider (single flight within a process) over a Redis store, with a Redis
 * lock around every fetch so that concurrent jobs in different processes never race a refresh: the
 * process that gets the lock fetches, the others wait and then take the token it stored.
 * Tokens are sealed with `sealingKey` (CREDENTIALS_KEY by default, read at the first token).
 */
export function createLockedTokenProvider(args: { redis: Redis; sealingKey?: Buffer; lockMs?: number; waitMs?: number }): TokenProvider {
  const { redis } = args
  let sealingKey = args.sealingKey
  const store = createRedisTokenStore({ redis, sealingKey: () => (sealingKey ??= credentialsKey()) })
  const provider = createTokenProvider({ store, skewMs: SKEW_MS })
  const lockMs = args.lockMs ?? LOCK_MS
  const waitMs = args.waitMs ?? WAIT_MS

  function underLock({ key, fetch, rejected }: { key: string; fetch: TokenFetcher; rejected?: string }): TokenFetcher {
    return async () => {
      const lock = tokenLockKey(key)
      const owner = randomUUID()
      const deadline = Date.now() + waitMs
      while ((await redis.set(lock, owner, 'PX', lockMs, 'NX')) !== 'OK') {
        if (Date.now() > deadline) throw new TransientError({ message: `等待其他进程刷新访问令牌超时（${key}）` })
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      try {
        // Another process may have stored a fresh token while this one waited for the lock.
        const stored = await store.get(key)
        if (stored && stored.expiresAt - SKEW_MS > Date.now() && stored.value !== rejected) return stored
        const token = await fetch({ current: stored })
        // Stored before the lock is released, so the next process to take it finds this token.
        await store.set({ key, token })
        return token
      } finally {
        await redis.eval(RELEASE, 1, lock, owner).catch(() => undefined)
      }
    }
  }

  return {
    get: ({ key, fetch }) => provider.get({ key, fetch: underLock({ key, fetch }) }),
    refresh: ({ key, rejected, fetch }) => provider.refresh({ key, rejected, fetch: underLock({ key, fetch, rejected }) }),
  }
}
