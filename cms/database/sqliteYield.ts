import type { Payload } from 'payload'
import { sqliteWorkaroundsApply } from './sqliteWorkarounds'

type Execute = (...args: never[]) => Promise<unknown>
type SqlCalls = { execute: Execute; batch: Execute }

const yielding = new WeakSet<object>()
const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Every SQLite call answers only after the event loop has had a turn.
 *
 * libsql runs each statement synchronously and hands back an already-settled promise, so a request
 * continues as a microtask and every request in flight does the same: measured under fifty editors,
 * one web process then ran for up to eight seconds without once reading a socket or firing a timer,
 * and a list that arrived meanwhile waited for all of it. With a turn after each call, requests take
 * their share in between, as they do on Postgres, whose calls are answered over a socket.
 *
 * A transaction's statements (on the connection `client.transaction()` hands out) answer at once, as
 * before: the transaction holds the file's only write lock, and every other save waits for it.
 * Measured both ways under fifty editors, letting it finish first halved the p99 of a save.
 *
 * Why it exists: libsql's synchronous calls. Postgres and MongoDB answer over the network: untouched.
 */
export function yieldAfterEachSqliteCall(payload: Payload): void {
  if (!sqliteWorkaroundsApply()) return
  const client = (payload.db as unknown as { client?: SqlCalls }).client
  if (!client || yielding.has(client)) return
  yielding.add(client)
  for (const name of ['execute', 'batch'] as const) {
    const call = client[name].bind(client)
    client[name] = async (...args) => {
      try {
        return await call(...args)
      } finally {
        await eventLoopTurn()
      }
    }
  }
}
