import { APIError, type Payload } from 'payload'

type Work = (tx: object) => Promise<unknown>
type Drizzle = { transaction: (work: Work, config?: unknown) => Promise<unknown> }

const guarded = new WeakSet<object>()

/** What an editor reads when their save was rolled back at the last step. */
export const COMMIT_FAILED_MESSAGE = '这次保存没有写进数据库（提交时出错，已全部撤回）。请再保存一次；一直不行请联系管理员。'

/**
 * A transaction whose COMMIT fails makes the operation fail, instead of answering success.
 *
 * Payload's SQL adapters run each transaction inside drizzle's `transaction()` and catch whatever that
 * ends with, so a COMMIT that fails (and is rolled back by drizzle) resolves `commitTransaction` as if
 * it had succeeded: the save answered with the new document and nothing was stored. Here the
 * transaction's end is watched, and `commitTransaction` throws when it ended in failure; Payload's
 * operations then roll back their hooks' work and report the error.
 *
 * Why it exists: `@payloadcms/drizzle`'s beginTransaction (3.90). MongoDB's adapter (no drizzle) awaits
 * the commit itself: untouched.
 */
export function failedCommitsThrow(payload: Payload): void {
  const db = payload.db
  const drizzle = (db as unknown as { drizzle?: Drizzle }).drizzle
  if (!drizzle || guarded.has(db)) return
  guarded.add(db)
  const failures = new WeakMap<object, unknown>()
  const transact = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (work, config) => {
    let tx: object | undefined
    const ended = transact(async (opened) => {
      tx = opened
      return work(opened)
    }, config)
    // Attached before Payload's own catch, so the failure is known by the time its commit resolves.
    ended.catch((error: unknown) => {
      if (tx) failures.set(tx, error)
    })
    return ended
  }
  const commit = db.commitTransaction.bind(db)
  db.commitTransaction = async (idOrPromise) => {
    const id = await idOrPromise
    const tx = (db.sessions as unknown as Record<string, { db?: object }> | undefined)?.[id]?.db
    await commit(id)
    if (tx && failures.has(tx)) {
      payload.logger.error({ err: failures.get(tx) }, 'a transaction failed to commit and was rolled back')
      throw new APIError(COMMIT_FAILED_MESSAGE, 503, null, true)
    }
  }
}
