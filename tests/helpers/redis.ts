import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import { startRedis } from '../../scripts/redis.mjs'
import { whenStopped } from './whenStopped'

export type TestRedis = {
  url: string
  /** A client for the test itself (FLUSHALL, CONFIG, inspecting keys). */
  client: Redis
  /** Stops the server and starts it again on the same port with the same data (AOF). */
  restart: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * A private redis-server (AOF on, noeviction) in a temporary directory, for tests that restart or
 * flush it. Sets REDIS_URL for this process and the processes it starts; call before anything
 * imports lib/env.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-redis-'))
  let server = await startRedis({ dir })
  // A test file stopped before its after hooks still ends its Redis (whichever one runs) and removes its data.
  const forget = whenStopped(() => {
    try {
      process.kill(server.pid as number, 'SIGKILL')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
  process.env.REDIS_URL = server.url
  const client = new Redis(server.url, { maxRetriesPerRequest: null, lazyConnect: true })
  client.on('error', () => undefined)
  await client.connect()
  return {
    url: server.url,
    client,
    restart: async () => {
      await server.stop()
      server = await startRedis({ dir, port: server.port })
    },
    stop: async () => {
      client.disconnect()
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
      forget()
    },
  }
}

/**
 * Redis for a test that only needs a working queue: a logical database of its own on the run's Redis
 * (REDIS_URL exported by `npm test`), reserved so no concurrently running test file shares it, or a
 * private server when REDIS_URL is unset. Sets REDIS_URL for this process and its children.
 */
export async function useTestRedis(): Promise<{ url: string; release: () => Promise<void> }> {
  const shared = process.env.REDIS_URL
  if (!shared) {
    const own = await startTestRedis()
    return { url: own.url, release: own.stop }
  }
  const base = new URL(shared)
  const admin = new Redis(`${base.protocol}//${base.host}/0`, { maxRetriesPerRequest: 3 })
  try {
    for (let db = 1; db < 16; db += 1) {
      const reserved = await admin.set(`cms-test:db:${db}`, String(process.pid), 'EX', 3600, 'NX')
      if (reserved !== 'OK') continue
      const url = `${base.protocol}//${base.host}/${db}`
      const scoped = new Redis(url, { maxRetriesPerRequest: 3 })
      await scoped.flushdb()
      scoped.disconnect()
      process.env.REDIS_URL = url
      return {
        url,
        release: async () => {
          const again = new Redis(`${base.protocol}//${base.host}/0`, { maxRetriesPerRequest: 3 })
          await again.del(`cms-test:db:${db}`)
          again.disconnect()
        },
      }
    }
  } finally {
    admin.disconnect()
  }
  const own = await startTestRedis()
  return { url: own.url, release: own.stop }
}
