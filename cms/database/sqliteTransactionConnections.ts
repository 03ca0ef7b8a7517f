import type { Client, Config, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'
import type { Payload } from 'payload'
import { currentBusyTimeoutMs } from './sqliteBusyTimeout'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

/** Enough for the one transaction a process holds at a time (transactionSlots.ts) and one begun past its wait. */
const IDLE_KEPT = 2

const pooling = new WeakSet<object>()

/**
 * Transactions run on kept connections.
 *
 * The libsql client hands its own connection to each transaction and opens a new one for whatever comes
 * next. A new connection reads the whole schema (480 tables, indexes and triggers) before its first
 * statement: measured on the migrated database, 4.4 ms for a new connection's first query against 0.1 ms
 * on a kept one, paid by every save; and the connection given away stayed open until the garbage
 * collector closed it. Here a save's transaction (drizzle asks for a "write" one) takes a connection from
 * a small pool of this process's own, opened like the client's, and gives it back when it ends. A
 * connection on which a statement failed (a BEGIN that gave up on the lock, say) is closed instead: libsql
 * leaves a failed statement unfinished (sqliteBusyConnection.ts), so the next COMMIT on that connection
 * would fail and its writes keep the lock; its file is let go when the garbage collector frees that
 * statement, as the client's given-away connections were. Other modes, and the client's own connection for
 * statements outside transactions, stay the client's. The kept ones last as long as the process, as the
 * client's own connection does (Payload's `destroy()` does not close the client).
 *
 * Why it exists: the libsql client's connection per transaction (0.14). Postgres and MongoDB keep pools of
 * their own: untouched.
 */
export async function keepTransactionConnections(payload: Payload): Promise<void> {
  if (!sqliteWorkaroundsApply()) return
  const adapter = payload.db as unknown as { client?: Client; clientConfig?: Config }
  const { client, clientConfig } = adapter
  if (!client || !clientConfig || pooling.has(client)) return
  pooling.add(client)
  const { createClient } = await import('@libsql/client')
  const idle: PooledConnection[] = []
  const giveBack = (connection: PooledConnection, clean: boolean) => {
    if (clean && idle.length < IDLE_KEPT) idle.push(connection)
    else closeQuietly(connection)
  }
  const begin = client.transaction.bind(client)
  client.transaction = async (mode?: TransactionMode) => {
    if (mode !== undefined && mode !== 'write') return begin(mode)
    const connection = idle.pop() ?? { client: createClient(clientConfig), busyTimeoutMs: 0 }
    try {
      const wanted = currentBusyTimeoutMs()
      if (connection.busyTimeoutMs !== wanted) {
        await connection.client.execute(`PRAGMA busy_timeout = ${wanted}`)
        connection.busyTimeoutMs = wanted
      }
      await connection.client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      giveBack(connection, false)
      throw error
    }
    return new PooledTransaction(connection, giveBack)
  }
}

type PooledConnection = { client: Client; busyTimeoutMs: number }

/** A close that fails leaves the connection to the garbage collector, as the client leaves its own, and must not hide the error being answered. */
function closeQuietly(connection: PooledConnection): void {
  try {
    connection.client.close()
  } catch {
    // Nothing more to do.
  }
}

/** One transaction on a pooled connection, answering as the client's own transactions do. */
class PooledTransaction implements Transaction {
  #open = true
  #failed = false

  constructor(
    private readonly connection: PooledConnection,
    private readonly giveBack: (connection: PooledConnection, clean: boolean) => void,
  ) {}

  get closed(): boolean {
    return !this.#open
  }

  async execute(statement: InStatement): Promise<ResultSet> {
    this.#assertOpen()
    return this.#watch(this.connection.client.execute(statement))
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const statement of statements) results.push(await this.execute(statement))
    return results
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#assertOpen()
    await this.#watch(this.connection.client.executeMultiple(sql))
  }

  async commit(): Promise<void> {
    this.#assertOpen()
    await this.#watch(this.connection.client.execute('COMMIT'))
    this.#end()
  }

  async rollback(): Promise<void> {
    if (!this.#open) return
    try {
      await this.#watch(this.connection.client.execute('ROLLBACK'))
    } finally {
      this.#end()
    }
  }

  close(): void {
    void this.rollback().catch(() => undefined)
  }

  async #watch<T>(answer: Promise<T>): Promise<T> {
    try {
      return await answer
    } catch (error) {
      this.#failed = true
      throw error
    }
  }

  #end(): void {
    this.#open = false
    this.giveBack(this.connection, !this.#failed)
  }

  #assertOpen(): void {
    if (!this.#open) throw new Error('The transaction is closed')
  }
}
