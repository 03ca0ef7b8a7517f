import fs from 'node:fs'
import path from 'node:path'
import type { Redis } from 'ioredis'
import { waitFor } from '../../helpers/waitFor'

/** Every key and every value in the current database, as text. */
export async function readEverythingInRedis(client: Redis): Promise<{ keys: string[]; text: string }> {
  const keys: string[] = []
  let cursor = '0'
  do {
    const [next, batch] = await client.scan(cursor, 'COUNT', 500)
    cursor = next
    keys.push(...batch)
  } while (cursor !== '0')
  const parts: string[] = []
  for (const key of keys) {
    const type = await client.type(key)
    if (type === 'string') parts.push(String(await client.get(key)))
    else if (type === 'hash') parts.push(JSON.stringify(await client.hgetall(key)))
    else if (type === 'list') parts.push(JSON.stringify(await client.lrange(key, 0, -1)))
    else if (type === 'set') parts.push(JSON.stringify(await client.smembers(key)))
    else if (type === 'zset') parts.push(JSON.stringify(await client.zrange(key, '0', '-1', 'WITHSCORES')))
    else if (type === 'stream') parts.push(JSON.stringify(await client.xrange(key, '-', '+')))
    else if (type !== 'none') throw new Error(`${key}: a ${type} this test cannot read`)
  }
  return { keys, text: `${keys.join('\n')}\n${parts.join('\n')}` }
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

function readAll(dir: string, when: string): { name: string; bytes: Buffer }[] {
  return filesUnder(dir).map((file) => ({ name: `${path.relative(dir, file)} (${when})`, bytes: fs.readFileSync(file) }))
}

/**
 * What a server with its own directory has written to disk: the AOF as appended so far (every write
 * ever made, overwritten values included), then an uncompressed snapshot and a rewritten AOF.
 */
export async function readRedisFiles(client: Redis): Promise<{ name: string; bytes: Buffer }[]> {
  const dir = String((await client.config('GET', 'dir'))[1])
  const history = readAll(dir, 'as appended')
  // Uncompressed, so a value shows as written instead of LZF-packed.
  await client.config('SET', 'rdbcompression', 'no')
  await client.save()
  await client.bgrewriteaof()
  await waitFor({
    what: 'the AOF rewrite to finish',
    timeoutMs: 20_000,
    check: async () => {
      const info = await client.info('persistence')
      return /aof_rewrite_in_progress:0/.test(info) && /aof_rewrite_scheduled:0/.test(info)
    },
  })
  return [...history, ...readAll(dir, 'snapshot and rewrite')]
}
