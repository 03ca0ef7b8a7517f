import { errorChain, wrappedBy } from './errorChain'
import { withoutStatementValues } from './statementValues'

/** How much of one error's message a log line keeps (a failed statement's SQL runs to several kilobytes). */
const MESSAGE_CHARS = 300

/**
 * One line for the log about a failure: its message, then what caused it, so that a job failed by the
 * database reads "Failed query: select … ← connect ECONNREFUSED 127.0.0.1:5432" rather than the
 * statement alone. The values of a failed statement are left out (drizzle's message ends in
 * "params: …", the row's values, a password hash or a sealed token among them) and each message is
 * cut to a few hundred characters.
 */
export function errorSummary(error: unknown): string {
  const chain = errorChain(error)
  const parts = chain.map((each) => {
    const code: unknown = Reflect.get(each, 'code')
    const message = shortened(withoutStatementValues(each.message))
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message
  })
  // A thrown string, or a string given as the last error's cause.
  const last = chain.length === 0 ? error : wrappedBy(chain[chain.length - 1])
  if (last !== undefined && !(last instanceof Error)) parts.push(shortened(String(last)))
  return parts.join(' ← ')
}

const shortened = (text: string) => (text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text)
