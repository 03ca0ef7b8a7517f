import type { Redis } from 'ioredis'

/**
 * An evicting Redis may silently drop a delayed job under memory pressure: a scheduled post that
 * never goes out. The worker refuses to start on anything but `noeviction`.
 */
export async function assertNoEviction(redis: Redis): Promise<void> {
  const info = await redis.info('memory')
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1]
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy ?? 'unknown'}": the scheduler needs "noeviction" so that no job is ever dropped. ` +
        'Set it with `CONFIG SET maxmemory-policy noeviction` (and in redis.conf), then start the worker again.',
    )
  }
}
