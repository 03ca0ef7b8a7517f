import type { Payload } from 'payload'

type Closable = { end: () => Promise<void> }

function isClosable(value: unknown): value is Closable {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'end') === 'function'
}

/**
 * Payload's destroy() leaves the Postgres adapter's connection pool open (its idle connections
 * would keep the process alive, and a database dropped under them errors on the pool): this ends
 * it too, with the connection the adapter keeps (postgresPool.ts). On SQLite and MongoDB it is destroy() alone.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const pool: unknown = Reflect.get(payload.db, 'pool')
  await payload.destroy()
  // Loaded here: a process on SQLite never loads the Postgres driver.
  if (isClosable(pool)) await (await import('./postgresPool')).endPool(pool)
}
