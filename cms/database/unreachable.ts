import type { AfterErrorHook } from 'payload'
import { databaseKind } from '../../lib/databaseKind'
import { env } from '../../lib/env'
import { errorChain } from '../../lib/errorChain'

/** Where the database listens, for telling its socket's failures from another service's. */
export type DatabaseAddress = { hostname: string; port: number }

/** The host and port of a Postgres URL (5432 when it names none); nothing for SQLite's file and MongoDB (whose driver names its errors). */
export function databaseAddressOf(url: string): DatabaseAddress | undefined {
  if (databaseKind(url) !== 'postgres') return undefined
  const { hostname, port } = new URL(url)
  return { hostname, port: port === '' ? 5432 : Number(port) }
}

/**
 * Whether `error` says the database could not be reached, rather than that the request was wrong or
 * our code failed: the server is stopped, restarting, refusing connections or out of them, or the
 * connection died under the query. Read from the codes along the error's causes and, because
 * `@payloadcms/drizzle` (3.90, beginTransaction.js) rethrows a failed BEGIN as a new Error carrying
 * only the driver's message, from that message too; node-postgres's own connection errors
 * ("Connection terminated unexpectedly", a pool timeout) have no code at all. A socket's failure
 * counts only when it names the database's port or host, or when a failed statement wraps it (a
 * connection reset mid-statement names neither): Redis, the AI endpoint and the platforms fail with the
 * same codes, and the operator must not be sent to check the wrong server. On Postgres a BEGIN that
 * failed is the database's too: drizzle's rethrow of it keeps only the message ("Failed query: begin"),
 * and a BEGIN fails only when its connection or the server does.
 */
export function isDatabaseUnreachable(error: unknown, database: DatabaseAddress | undefined): boolean {
  const chain = errorChain(error)
  return chain.some((cause, depth) => {
    const code: unknown = Reflect.get(cause, 'code')
    if (typeof code === 'string' && SERVER_CODES.test(code)) return true
    if (MONGO_NETWORK_ERRORS.has(cause.name)) return true
    if (POSTGRES_CONNECTION_MESSAGES.some((words) => words.test(cause.message))) return true
    if (database === undefined) return false
    if (FAILED_BEGIN.test(cause.message)) return true
    if (!isSocketFailure(cause)) return false
    return namesDatabase(cause, database) || chain.slice(0, depth).some((outer) => FAILED_STATEMENT.test(outer.message))
  })
}

/** Postgres's SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shut down, crashed, not accepting yet), 53300 (too many connections). */
const SERVER_CODES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/
const MONGO_NETWORK_ERRORS = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError'])
/** node-postgres's and the server's words, also when only the message survived a rethrow. */
const POSTGRES_CONNECTION_MESSAGES = [
  /Connection terminated (unexpectedly|due to connection timeout)/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /terminating connection due to administrator command/,
  /the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)/,
  /sorry, too many clients already|remaining connection slots are reserved/,
]
/** Node's socket failures; their message repeats the code with the address ("connect ECONNREFUSED 127.0.0.1:5432"). */
const SOCKET_FAILURE = /\b(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/
/** drizzle's error for a statement that failed (DrizzleQueryError), and @payloadcms/drizzle's rethrow of a failed BEGIN. */
const FAILED_STATEMENT = /^Failed query: /
const FAILED_BEGIN = /cannot begin transaction: /

const isSocketFailure = (error: Error) => SOCKET_FAILURE.test(error.message) || SOCKET_FAILURE.test(String(Reflect.get(error, 'code')))

function namesDatabase(error: Error, database: DatabaseAddress): boolean {
  if (Reflect.get(error, 'port') === database.port || new RegExp(`:${database.port}\\b`).test(error.message)) return true
  // A name that did not resolve is the only failure that gives the host without the port.
  return /\b(ENOTFOUND|EAI_AGAIN)\b/.test(error.message) && error.message.split(/\s+/).includes(database.hostname)
}

const UNREACHABLE_WORDS = {
  zh: '暂时连不上数据库，这次操作没有完成。请过一两分钟再试；如果一直这样，请联系管理员检查数据库。',
  en: 'The database cannot be reached right now, so the action was not completed. Please try again in a minute or two; if it keeps happening, tell an admin to check the database.',
} as const

/**
 * An afterError hook: a request the database could not serve answers 503 (the server is there, the
 * service behind it is not) and tells the editor to try again shortly, instead of the general 500 that
 * reads like a fault of what they did. A save's transaction is rolled back or never began; the log
 * keeps the driver's own error for the operator.
 */
export const databaseUnreachableAnswer: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  if (!isDatabaseUnreachable(error, databaseAddressOf(env.databaseUrl))) return
  const message = req.i18n?.language === 'en' ? UNREACHABLE_WORDS.en : UNREACHABLE_WORDS.zh
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  return { status: 503, response: { ...result, errors: [{ message }] } }
}
