import { type LogFn, type Logger, stdSerializers } from 'pino'
import { errorChain } from './errorChain'
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
  serialized.message = chain.map((each) => withoutStatementValues(each.message)).join(': ')
  serialized.stack = chain.map((each) => withoutStatementValues(each.stack ?? each.message)).join('\ncaused by: ')
  return serialized
}

/**
 * The logger's `logMethod` hook. A line logged with an error and no words of its own (as Payload logs a
 * failed request) takes the error's message for its `msg`, which pino would copy whole, statement values
 * and all; it is given the message without them instead.
 */
export function messageOfLoggedError(this: Logger, args: Parameters<LogFn>, method: LogFn): void {
  const [first, ...rest] = args as unknown[]
  const error = first instanceof Error ? first : typeof first === 'object' && first !== null ? Reflect.get(first, 'err') : undefined
  const hasOwnWords = rest.length > 0 || (typeof first === 'object' && first !== null && Reflect.get(first, 'msg') !== undefined)
  if (error instanceof Error && !hasOwnWords) method.call(this, first, withoutStatementValues(error.message))
  else method.apply(this, args)
}
