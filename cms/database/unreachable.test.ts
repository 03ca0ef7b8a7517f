import assert from 'node:assert/strict'
import net from 'node:net'
import { test } from 'node:test'
import { GraphQLError } from 'graphql'
import { APIError, type AfterErrorHookArgs, ValidationError } from 'payload'
import pg from 'pg'
import { databaseAddressOf, databaseUnreachableAnswer, isDatabaseUnreachable } from './unreachable'

/** The error Node gives for a connection to a port nothing listens on, and that port. */
async function refusedConnection(): Promise<{ error: Error; port: number }> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  const error = await new Promise<Error>((resolve) => {
    net.connect(port, '127.0.0.1').on('error', resolve)
  })
  return { error, port }
}

/** A Postgres error as node-postgres builds it from the server's reply. */
const postgresError = (code: string, message: string): Error => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code })

/** What drizzle-orm throws for a statement the driver failed (its DrizzleQueryError): its own error, the driver's as the cause. */
const failedQuery = (cause: Error) => new Error('Failed query: select "id" from "articles"\nparams: ', { cause })

test('a database that is down, restarting, full or cut off is told apart from every other failure, and from other servers', async () => {
  const refused = await refusedConnection()
  assert.equal(Reflect.get(refused.error, 'code'), 'ECONNREFUSED')
  const database = databaseAddressOf(`postgres://cms:secret@127.0.0.1:${refused.port}/cms`)
  assert.deepEqual(database, { hostname: '127.0.0.1', port: refused.port })
  assert.deepEqual(databaseAddressOf('postgresql://db.internal/cms'), { hostname: 'db.internal', port: 5432 })
  assert.deepEqual(databaseAddressOf('postgres://cms@[::1]:6543/cms'), { hostname: '[::1]', port: 6543 })
  assert.equal(databaseAddressOf('file:./.data/cms.db'), undefined)

  const unreachable: [string, unknown][] = [
    ["the database's port refused", refused.error],
    ["drizzle's failed query, the driver's error as its cause", failedQuery(refused.error)],
    ["Payload's failed BEGIN, the driver's message only", new Error(`Error: cannot begin transaction: ${refused.error.message}`)],
    [
      "Payload's failed BEGIN on a cut connection, drizzle's message only",
      new Error('Error: cannot begin transaction: Failed query: begin\nparams: '),
    ],
    [
      'a connection reset mid-statement, the address nowhere',
      failedQuery(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' })),
    ],
    ['the server shutting down (57P01)', postgresError('57P01', 'terminating connection due to administrator command')],
    ['the server starting up (57P03)', postgresError('57P03', 'the database system is starting up')],
    ['too many connections (53300)', postgresError('53300', 'sorry, too many clients already')],
    ['a connection exception (08006)', postgresError('08006', 'connection failure')],
    ["node-postgres's cut connection, no code", new Error('Connection terminated unexpectedly')],
    ["the pool's wait for a connection", new Error('timeout exceeded when trying to connect')],
    [
      'MongoDB finding no server',
      Object.assign(new Error('Server selection timed out after 30000 ms'), { name: 'MongoServerSelectionError' }),
    ],
    ["a GraphQL resolver's", new GraphQLError('Something went wrong.', { originalError: failedQuery(refused.error) })],
  ]
  for (const [what, error] of unreachable) assert.equal(isDatabaseUnreachable(error, database), true, what)

  const otherFailures: [string, unknown][] = [
    ['Redis refusing', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED', port: 6379 })],
    ["a platform's reset", new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })],
    ['another name not resolving', new Error('getaddrinfo ENOTFOUND api.weibo.com')],
    ['a field that failed validation', new ValidationError({ errors: [{ message: '请填写标题。', path: 'title' }] })],
    ['a refused request', new APIError('你没有权限。', 403)],
    ['a duplicate key (23505)', postgresError('23505', 'duplicate key value violates unique constraint "users_email_idx"')],
    ['a syntax error in our SQL (42601)', postgresError('42601', 'syntax error at or near "form"')],
    ['SQLite busy', Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })],
    ['a bug of ours', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ]
  for (const [what, error] of otherFailures) assert.equal(isDatabaseUnreachable(error, database), false, what)
  assert.equal(isDatabaseUnreachable(refused.error, undefined), false, 'on SQLite a refused socket is never the database')
  assert.equal(
    isDatabaseUnreachable(new Error('Error: cannot begin transaction: database is locked'), undefined),
    false,
    'SQLite busy at BEGIN',
  )
  const named = databaseAddressOf('postgresql://db.internal/cms')
  assert.equal(isDatabaseUnreachable(new Error('Error: cannot begin transaction: getaddrinfo ENOTFOUND db.internal'), named), true)
  assert.equal(isDatabaseUnreachable(new Error('getaddrinfo ENOTFOUND api.weibo.com'), named), false)
  assert.equal(isDatabaseUnreachable(new Error('getaddrinfo ENOTFOUND db.internal.example'), named), false)
})

test('an unreachable database answers 503 with what to do, in the admin language; other errors are left to the next hook', async () => {
  const args = (language: string, error: Error, extra: Partial<AfterErrorHookArgs> = {}) =>
    ({
      error,
      req: { i18n: { language } },
      result: { errors: [{ message: 'Something went wrong.' }] },
      ...extra,
    }) as unknown as AfterErrorHookArgs
  const down = new Error('Connection terminated unexpectedly')

  const zh = await databaseUnreachableAnswer(args('zh', down))
  assert.equal(zh?.status, 503)
  assert.match(String(zh?.response?.errors?.[0]?.message), /^暂时连不上数据库，这次操作没有完成。请过一两分钟再试/)
  const en = await databaseUnreachableAnswer(args('en', down))
  assert.match(String(en?.response?.errors?.[0]?.message), /^The database cannot be reached right now/)

  const graphql = await databaseUnreachableAnswer(
    args('zh', new GraphQLError('Something went wrong.', { originalError: down }), {
      result: undefined,
      graphqlResult: { message: 'Something went wrong.', path: ['updateArticle'], extensions: { statusCode: 500 } },
    }),
  )
  assert.match(String(graphql?.graphqlResult?.message), /^暂时连不上数据库/)
  assert.deepEqual(graphql?.graphqlResult?.path, ['updateArticle'])
  assert.equal(graphql?.graphqlResult?.extensions?.statusCode, 503)

  assert.equal(await databaseUnreachableAnswer(args('zh', new APIError('你没有权限。', 403))), undefined)
})
