import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { test } from 'node:test'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { GraphQLError } from 'graphql'
import { type Logger, pino } from 'pino'
import { loggedError, messageOfLoggedError } from './loggedError'

/** The lines a logger configured as ours writes for `log`. */
function logLines(log: (logger: Logger) => void): string {
  const lines: string[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  log(pino({ serializers: { err: loggedError }, hooks: { logMethod: messageOfLoggedError } }, out))
  return lines.join('')
}

test('a failed statement is logged as Payload logs a failed request: the statement and its cause, not its values', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
  const failed = new DrizzleQueryError('update "users" set "hash" = $1 where "users"."id" = $2', ['$2b$10$secrethash', 7], refused)
  const line = logLines((logger) => logger.error({ err: failed }))
  const { err } = JSON.parse(line) as { err: { type: string; message: string; stack: string; query: string } }
  assert.equal(err.type, 'DrizzleQueryError')
  assert.equal(err.message, 'Failed query: update "users" set "hash" = $1 where "users"."id" = $2: connect ECONNREFUSED 127.0.0.1:5432')
  assert.match(err.stack, /^Error: Failed query: update "users"[^\n]*\n {4}at /)
  assert.match(err.stack, /\ncaused by: Error: connect ECONNREFUSED 127\.0\.0\.1:5432\n {4}at /)
  assert.equal(err.query, 'update "users" set "hash" = $1 where "users"."id" = $2')
  assert.doesNotMatch(line, /params|secrethash/)
  // pino copies a lone error's message into the line's own: that copy goes without the values too.
  assert.equal((JSON.parse(line) as { msg: string }).msg, 'Failed query: update "users" set "hash" = $1 where "users"."id" = $2')
  assert.doesNotMatch(
    logLines((logger) => logger.error(failed)),
    /params|secrethash/,
  )
  // Words made from the message (Payload's for a failed BEGIN), as an argument or as `msg`.
  const worded = `cannot begin transaction: ${failed.message}`
  assert.doesNotMatch(
    logLines((logger) => logger.error({ err: failed, msg: worded })),
    /params|secrethash/,
  )
  assert.doesNotMatch(
    logLines((logger) => logger.error({ err: failed }, worded)),
    /params|secrethash/,
  )
  assert.doesNotMatch(
    logLines((logger) => logger.error(worded)),
    /params|secrethash/,
  )
})

test('any other error keeps pino’s usual form; a value that is not an error is logged as it is', () => {
  const invalid = Object.assign(new Error('标题不能为空'), { status: 400 })
  const { err } = JSON.parse(logLines((logger) => logger.warn(invalid))) as { err: { type: string; message: string; status: number } }
  assert.deepEqual([err.type, err.message, err.status], ['Error', '标题不能为空', 400])
  const { err: text } = JSON.parse(logLines((logger) => logger.warn({ err: 'timeout' }))) as { err: string }
  assert.equal(text, 'timeout')
  // Words of the caller's own stay as they are.
  const withWords = JSON.parse(logLines((logger) => logger.warn({ err: invalid }, 'saving failed'))) as { msg: string }
  assert.equal(withWords.msg, 'saving failed')
  const formatted = JSON.parse(logLines((logger) => logger.info('%d items', 40))) as { msg: string }
  assert.equal(formatted.msg, '40 items')
})

test('a refused request at GraphQL is logged at its routine level, as at REST; any other GraphQL error stays an error, said once', () => {
  const named = (name: string, message: string) => Object.assign(new Error(message), { name })
  const atGraphql = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['updatePayloadLockedDocument'] })
  // As Payload logs a resolver's error: logError({ err }) at `error`.
  const refused = JSON.parse(
    logLines((logger) => logger.error({ err: atGraphql(named('Forbidden', '你的角色不能做这件事。')) })),
  ) as Record<string, unknown>
  assert.deepEqual([refused.level, refused.msg, refused.err], [30, '你的角色不能做这件事。', undefined])
  const locked = JSON.parse(logLines((logger) => logger.error({ err: atGraphql(named('LockedAuth', '账号已锁定')) }))) as {
    level: number
    err: { message: string; stack: string }
  }
  assert.deepEqual([locked.level, locked.err.message], [40, '账号已锁定'])
  assert.doesNotMatch(locked.err.stack, /GraphQLError/)
  // Not routine: an error, its message once although GraphQL's wrapper repeats it.
  const broken = JSON.parse(logLines((logger) => logger.error({ err: atGraphql(new Error('connect ECONNREFUSED 127.0.0.1:5432')) }))) as {
    level: number
    err: { type: string; message: string }
  }
  assert.deepEqual([broken.level, broken.err.type, broken.err.message], [50, 'GraphQLError', 'connect ECONNREFUSED 127.0.0.1:5432'])
  // Logged at `warn` by someone else, a routine error goes to its level too.
  const warned = JSON.parse(logLines((logger) => logger.warn({ err: atGraphql(named('ValidationError', '标题不能为空')) }))) as {
    level: number
  }
  assert.equal(warned.level, 30)
})
