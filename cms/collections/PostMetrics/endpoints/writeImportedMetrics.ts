import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest, ValidationError } from 'payload'
import { type LineError, lineError } from '../../../analytics/import/lineErrors'
import type { MatchedPostRow } from '../../../analytics/import/matchPostRows'
import type { FollowerCsvRow } from '../../../analytics/import/parseMetricsCsv'
import type { User } from '../../../payload-types'

type Counts = { created: number; updated: number }
export type WriteOutcome = ({ ok: true } & Counts) | { ok: false; error: LineError }

const KEY_CHUNK = 500

/**
 * Writes every row in one transaction, as the user (collection access and the hooks apply): a row
 * whose key (post:position:day, account:day) exists is updated, so importing the same file again
 * changes the same rows; any failure undoes them all and names the row's line.
 */
export async function writeImportedPostMetrics(args: {
  req: PayloadRequest
  user: User
  rows: readonly MatchedPostRow[]
}): Promise<WriteOutcome> {
  const { req, user } = args
  return inTransaction({
    req,
    write: async (counts) => {
      const existing = await idsByKey({ req, user, collection: 'post-metrics', keys: args.rows.map((row) => row.key) })
      // The rows carry ids as text (matched across adapters); a relationship takes the adapter's own type.
      const idOf = (id: string) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id)
      for (const row of args.rows) {
        const data = { ...row.numbers, source: 'csv' as const, final: true }
        await atLine(row.line, async () => {
          const id = existing.get(row.key)
          if (id !== undefined) {
            await req.payload.update({ collection: 'post-metrics', id, data, req, user, overrideAccess: false, depth: 0 })
            counts.updated++
          } else {
            const created = await req.payload.create({
              collection: 'post-metrics',
              data: { ...data, delivery: idOf(row.delivery), position: row.position, date: row.date },
              req,
              user,
              overrideAccess: false,
              depth: 0,
            })
            existing.set(row.key, created.id)
            counts.created++
          }
        })
      }
    },
  })
}

export async function writeImportedFollowers(args: {
  req: PayloadRequest
  user: User
  account: string | number
  rows: readonly FollowerCsvRow[]
}): Promise<WriteOutcome> {
  const { req, user, account } = args
  return inTransaction({
    req,
    write: async (counts) => {
      const existing = await idsByKey({ req, user, collection: 'account-metrics', keys: args.rows.map((row) => `${account}:${row.date}`) })
      for (const row of args.rows) {
        const data = { ...row.numbers, source: 'csv' as const, final: true }
        await atLine(row.line, async () => {
          const id = existing.get(`${account}:${row.date}`)
          if (id !== undefined) {
            await req.payload.update({ collection: 'account-metrics', id, data, req, user, overrideAccess: false, depth: 0 })
            counts.updated++
          } else {
            await req.payload.create({
              collection: 'account-metrics',
              data: { ...data, account, date: row.date },
              req,
              user,
              overrideAccess: false,
              depth: 0,
            })
            counts.created++
          }
        })
      }
    },
  })
}

/** A write that failed, with the line it was for. */
class LineFailure extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(problem)
  }
}

async function atLine(line: number, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    throw new LineFailure(line, problemOf(error))
  }
}

/** The sentence a hook or a field's validation gave, in the editor's words (a field's own message, not "以下字段无效"). */
function problemOf(error: unknown): string {
  if (error instanceof ValidationError) {
    const messages = error.data.errors.map((e) => e.message).filter(Boolean)
    if (messages.length > 0) return messages.join('；')
  }
  if (error instanceof APIError && error.isPublic) return error.message
  return '保存失败，请稍后重试；如果一再出现，请联系管理员'
}

async function inTransaction(args: { req: PayloadRequest; write: (counts: Counts) => Promise<void> }): Promise<WriteOutcome> {
  const counts: Counts = { created: 0, updated: 0 }
  const shouldCommit = await initTransaction(args.req)
  try {
    await args.write(counts)
    if (shouldCommit) await commitTransaction(args.req)
    return { ok: true, ...counts }
  } catch (error) {
    if (shouldCommit) await killTransaction(args.req)
    if (error instanceof LineFailure) return { ok: false, error: lineError({ line: error.line, problem: error.problem }) }
    throw error
  }
}

async function idsByKey(args: {
  req: PayloadRequest
  user: User
  collection: 'post-metrics' | 'account-metrics'
  keys: readonly string[]
}): Promise<Map<string, string | number>> {
  const ids = new Map<string, string | number>()
  for (let start = 0; start < args.keys.length; start += KEY_CHUNK) {
    const { docs } = await args.req.payload.find({
      collection: args.collection,
      where: { key: { in: args.keys.slice(start, start + KEY_CHUNK) } },
      select: { key: true },
      depth: 0,
      pagination: false,
      req: args.req,
      user: args.user,
      overrideAccess: false,
    })
    for (const doc of docs) if (doc.key) ids.set(doc.key, doc.id)
  }
  return ids
}
