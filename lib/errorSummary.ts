/** How much of one error's message a log line keeps (a failed statement's SQL runs to several kilobytes). */
const MESSAGE_CHARS = 300
/** How many causes deep a summary follows (drizzle's error wraps the driver's; ours wrap drizzle's). */
const CAUSES = 4

/**
 * One line for the log about a failure: its message, then what caused it, so that a job failed by the
 * database reads "Failed query: select … ← connect ECONNREFUSED 127.0.0.1:5432" rather than the
 * statement alone. The values of a failed statement are left out (drizzle's message ends in
 * "params: …", the row's values, a password hash or a sealed token among them) and each message is
 * cut to a few hundred characters.
 */
export function errorSummary(error: unknown): string {
  const parts: string[] = []
  for (let cause = error, depth = 0; cause !== undefined && depth <= CAUSES; depth += 1) {
    if (!(cause instanceof Error)) {
      parts.push(shortened(String(cause)))
      break
    }
    const code: unknown = Reflect.get(cause, 'code')
    const message = shortened(cause.message.replace(/\nparams: [\s\S]*$/, ''))
    parts.push(typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message)
    cause = cause.cause
  }
  return parts.join(' ← ')
}

const shortened = (text: string) => (text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text)
