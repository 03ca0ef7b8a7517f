import { Redis } from 'ioredis'
import { env } from '../lib/env'

export function redisConfigured(): boolean {
  return env.REDIS_URL !== undefined
}

function requireRedisUrl(): string {
  if (!env.REDIS_URL) throw new Error('REDIS_URL is not set: start the app with `npm run up` (it starts Redis) or set REDIS_URL.')
  return env.REDIS_URL
}

/**
 * A connection for the worker: commands wait through reconnects (BullMQ requires
 * maxRetriesPerRequest: null for workers), so a Redis restart pauses work instead of failing it.
 */
export function createWorkerRedis(name: string): Redis {
  return new Redis(requireRedisUrl(), { maxRetriesPerRequest: null, connectionName: `cms-${name}` })
}

/**
 * A connection for processes that only produce jobs (web, scripts, tests). Its socket does not keep
 * the process alive: a script that enqueued a job may exit; the web server is kept alive by HTTP anyway.
 */
const producers = new Set<Redis>()

export function createProducerRedis(name: string): Redis {
  const redis = new Redis(requireRedisUrl(), { maxRetriesPerRequest: 2, connectionName: `cms-${name}` })
  redis.on('connect', () => redis.stream?.unref?.())
  // Errors surface on the commands that fail; without a listener ioredis would print each reconnect.
  redis.on('error', () => undefined)
  producers.add(redis)
  return redis
}

/** Closes every producer connection of this process (its reconnect timer would otherwise outlive a stopped Redis). */
export function disconnectProducers(): void {
  for (const redis of producers) redis.disconnect()
  producers.clear()
}
