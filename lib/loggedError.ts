import { type LogFn, type Logger, stdSerializers } from 'pino'
import { errorChain, wrappedBy } from './errorChain'
import { type RoutineLevel, routineLevelOf } from './routineErrors'
import { withoutStatementValues } from './statementValues'

/**
 * How the logger writes an error (the `err` of a log line, Payload's own included): pino's usual form,
 * its message and stack following the causes, without a failed statement's values (drizzle puts them in
 * its message and in a `params` property, and Payload logs every failed request's error whole).
 */
export function loggedError(error: unknown): unknown {
  if (!(error instanceof Error)) return error
  const serialized: Record<string, unknown> = stdSerializers.err(error)
  const chain = errorChain(error)
  delete serialized.params
  // GraphQL's wrapper says its resolver's error again: each message once.
  const messages = chain.map((each) => withoutStatementValues(each.message))
  serialized.message = messages.filter((message, index) => index === 0 || message !== messages[index - 1]).join(': ')
  serialized.stack = chain.map((each) => withoutStatementValues(each.stack ?? each.message)).join('\ncaused by: ')
  return serialized
}

/**
 * The logger's `logMethod` hook: a line's own words go without statement values too (Payload words a
 * failed BEGIN from the error's message), and a line logged with an error and no words of its own (as
 * Payload logs a failed request) takes the error's message without them, where pino would copy it whole.
 * A routine error that GraphQL wrapped (a refused request at /api/graphql) is logged at its routine level,
 * as Payload logs it at REST: a message at `info`, the error at `warn`.
 */
export function messageOfLoggedError(this: Logger, args: Parameters<LogFn>, method: LogFn, level?: number): void {
  const [first, ...rest] = args as unknown[]
  const object = typeof first === 'object' && first !== null ? first : undefined
  const ownWords = object ? Reflect.get(object, 'msg') : undefined
  const error = first instanceof Error ? first : object ? Reflect.get(object, 'err') : undefined
  const routine = error instanceof Error ? routineUnderGraphql(error) : null
  if (routine && level !== undefined && this.levels.values[routine.level] < level) {
    if (routine.level === 'info') this.info(withoutStatementValues(routine.error.message))
    else this[routine.level]({ err: routine.error })
    return
  }
  if (typeof first === 'string') method.apply(this, [withoutStatementValues(first), ...rest] as Parameters<LogFn>)
  else if (typeof rest[0] === 'string') method.apply(this, [first, withoutStatementValues(rest[0]), ...rest.slice(1)] as Parameters<LogFn>)
  else if (typeof ownWords === 'string') method.call(this, { ...object, msg: withoutStatementValues(ownWords) })
  else if (error instanceof Error && rest.length === 0) method.call(this, first, withoutStatementValues(error.message))
  else method.apply(this, args)
}

/** The routine error inside GraphQL's wrapper, with its level; null for anything else. */
function routineUnderGraphql(error: Error): { error: Error; level: RoutineLevel } | null {
  if (error.name !== 'GraphQLError') return null
  const wrapped = wrappedBy(error)
  if (!(wrapped instanceof Error)) return null
  const level = routineLevelOf(wrapped)
  return level ? { error: wrapped, level } : null
}
