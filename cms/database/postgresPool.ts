import pg from 'pg'
import { logger } from '../../lib/logger'

/**
 * The node-postgres that Payload's Postgres adapter is given (its `pg` option): the same driver, with
 * a pool that outlives a restart of the server and lets its process stop.
 *
 * - **A connection the server closes is logged, not thrown.** When Postgres restarts (an upgrade, a
 *   failover, `pg_terminate_backend`), every idle connection errors, and a pool or a connection with no
 *   `error` listener throws it out of the event loop: every web process and worker died at once, the
 *   editors' saves and the deliveries under way with them. The pool drops the dead connection and opens
 *   a new one for the next query; a transaction whose connection died fails (Payload rolls back and says
 *   so), the process stays up.
 * - **The connection the adapter keeps is counted and given back at the end.** Connecting to a database
 *   that exists, `@payloadcms/db-postgres` (3.90, connect.js) checks one connection out of the pool to
 *   watch for resets and never returns it. The pool is sized one over DATABASE_POOL_MAX for it (the
 *   adapter's config in databaseAdapter.ts), so that the operator's number is what queries get: with a
 *   pool of two, a save held one connection and the read it waited on found none, and the process hung.
 *   And `pool.end()` waits for every checked-out connection, so `closeDatabase` never finished in a
 *   process started on an existing database (bench:api's web processes were killed after 5 s). `endPool`
 *   releases the adapter's first.
 * - **When that connection dies it is given back, and the adapter's next one is the one kept.** The pool
 *   never drops a checked-out connection that dies, and on an ECONNRESET of it (how node-postgres reports a
 *   reset by the network of a connection that has run no statement yet) the adapter checks out another and
 *   keeps that too: the process had one connection fewer for good, and with a pool of two every save after
 *   it waited. The dead one is released as broken, and a connection the adapter asks for while its kept one
 *   reports the error becomes the kept one.
 *
 * - **A connection whose BEGIN failed is given back.** drizzle (0.45, node-postgres/session.js) checks a
 *   connection out for a transaction and sends BEGIN before its try/finally: when BEGIN fails (the
 *   connection cut at that moment, as after a failover) the connection is never released. Each such
 *   failure took one of the pool's connections for good; with all of them gone every save waited
 *   forever, and `pool.end()` with it. The pool releases it as broken instead.
 *
 * Why it exists: node-postgres's pool rethrows idle errors without a listener (documented), the
 * adapter's connect keeps a connection, and drizzle keeps one whose BEGIN failed. On SQLite and MongoDB
 * none of this applies.
 */
export function postgresDriver(): typeof pg {
  return { ...pg, Pool: LoggedPool }
}

/**
 * The connection each pool handed out first, while it has not come back: the adapter's (its connect asks
 * before anything else runs). Once released it was not the adapter's to keep, and is forgotten.
 */
const keptByAdapter = new WeakMap<pg.Pool, pg.PoolClient>()

class LoggedPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    const inUse = new Set<pg.PoolClient>()
    let first = true
    // True while the kept connection's error is being reported: the adapter's listener asks for its next one then.
    let keptErring = false
    const keep = (client: pg.PoolClient) => {
      keptByAdapter.set(this, client)
      const emit = client.emit.bind(client)
      Reflect.set(client, 'emit', (event: string | symbol, ...args: unknown[]) => {
        if (event !== 'error' || keptByAdapter.get(this) !== client) return emit(event, ...args)
        keptErring = true
        try {
          return emit(event, ...args)
        } finally {
          keptErring = false
        }
      })
    }
    const connect = this.connect.bind(this) as (...args: unknown[]) => unknown
    Reflect.set(this, 'connect', (...args: unknown[]) => {
      const asked = connect(...args)
      if (keptErring && args.length === 0 && asked instanceof Promise)
        asked.then(
          (client: pg.PoolClient) => keep(client),
          () => undefined,
        )
      return asked
    })
    this.on('error', (error) => {
      logger.warn(described(error), 'the database closed an idle connection; the pool opens a new one when it needs it')
    })
    // A connection also errors while checked out between two statements (a transaction's hooks running);
    // an idle one's error reaches the pool's listener above.
    this.on('connect', (client) => {
      client.on('error', (error) => {
        if (!inUse.has(client)) return
        if (keptByAdapter.get(this) !== client) {
          logger.warn(described(error), 'a database connection in use was closed; what it was doing fails')
          return
        }
        // Nobody would ever give it back: the pool would count it, dead, for as long as the process runs.
        keptByAdapter.delete(this)
        client.release(error)
        logger.warn(described(error), 'the database connection Payload keeps was closed; it is given back to the pool')
      })
      releasedWhenBeginFails(client, inUse)
    })
    this.on('acquire', (client) => {
      if (first) keep(client)
      first = false
      inUse.add(client)
    })
    this.on('release', (_error, client) => {
      inUse.delete(client)
      if (keptByAdapter.get(this) === client) keptByAdapter.delete(this)
    })
    this.on('remove', (client) => inUse.delete(client))
  }
}

/** Wraps `client`'s query so that a BEGIN that fails while the client is checked out releases it, as broken. */
function releasedWhenBeginFails(client: pg.PoolClient, inUse: ReadonlySet<pg.PoolClient>): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  Reflect.set(client, 'query', (...args: unknown[]) => {
    const result = query(...args)
    if (isBegin(args[0]) && result instanceof Promise)
      result.catch((error: unknown) => {
        // drizzle has thrown and will not release it; the error removes it from the pool.
        if (inUse.has(client)) client.release(error instanceof Error ? error : true)
      })
    return result
  })
}

const isBegin = (statement: unknown): boolean => {
  const text =
    typeof statement === 'string'
      ? statement
      : typeof statement === 'object' && statement !== null
        ? Reflect.get(statement, 'text')
        : undefined
  return typeof text === 'string' && /^\s*begin\b/i.test(text)
}

/** The error's code and message: the pool hangs the whole connection on it (its settings, its cancel key). */
const described = (error: Error) => ({ code: Reflect.get(error, 'code'), message: error.message })

/**
 * Ends `pool` (anything with `end`) once Payload is destroyed: the connection the adapter keeps is
 * released as broken, and the end waits, as node-postgres's does, for any other still in use (a query
 * begun before the destroy) to come back.
 */
export async function endPool(pool: { end: () => Promise<void> }): Promise<void> {
  const kept = pool instanceof pg.Pool ? keptByAdapter.get(pool) : undefined
  if (pool instanceof pg.Pool) keptByAdapter.delete(pool)
  kept?.release(true)
  await pool.end()
}
