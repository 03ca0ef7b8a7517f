// Stopping `npm run up` in order, and keeping the expected noise of a stop off the terminal. Plain Node.

/** Connection errors a process prints when a service it uses goes away first: expected while stopping. */
export const EXPECTED_WHILE_STOPPING = /ECONNREFUSED|ECONNRESET|EPIPE|Connection is closed|connect ETIMEDOUT|Redis connection lost/

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/**
 * Stops child processes stage by stage: every child of a stage gets SIGTERM, and the next stage starts
 * only when all of them have exited (after `graceMs` a child still running gets SIGKILL). The app (web,
 * workers) goes first, so that it closes its queue consumers while Redis and the database still answer.
 */
export async function stopInStages({ stages, graceMs = 8000, onKill = () => {} }) {
  for (const stage of stages) {
    const running = stage.filter((child) => child.exitCode === null && child.signalCode === null)
    for (const child of running) child.kill('SIGTERM')
    const timer = setTimeout(() => {
      for (const child of running)
        if (child.exitCode === null && child.signalCode === null) {
          onKill(child)
          child.kill('SIGKILL')
        }
    }, graceMs)
    await Promise.all(running.map(exited))
    clearTimeout(timer)
  }
}

/**
 * Copies a child's output stream to `out` line by line; once `stopping()` is true, lines that are only
 * the expected connection errors of a stop (and the stack lines under them) are dropped.
 */
export function relayQuietly({ from, to, stopping }) {
  let pending = ''
  let inDroppedError = false
  const write = (line) => {
    if (stopping() && EXPECTED_WHILE_STOPPING.test(line)) {
      inDroppedError = true
      return
    }
    if (inDroppedError && /^\s+at\s|^\s*[{}]|^\s+\w+: /.test(line)) return
    inDroppedError = false
    to.write(`${line}\n`)
  }
  from.setEncoding('utf8')
  from.on('data', (chunk) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) write(line)
  })
  from.on('end', () => {
    if (pending) write(pending)
    pending = ''
  })
}
