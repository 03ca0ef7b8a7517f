/** This process's first attempts at notifications' outward copies that have not ended yet. */
const running = new Set<Promise<void>>()

/** Keeps a save's background attempt at its outward copies in view until it ends (sendNotificationOutward). */
export function keepInView(attempt: Promise<unknown>): void {
  const settled = attempt.then(
    () => undefined,
    () => undefined,
  )
  running.add(settled)
  void settled.then(() => running.delete(settled))
}

/**
 * Waits, at most `withinMs`, for the first attempts this process's saves began in the background, so
 * that a process stopping on purpose (the demo seed's, a worker's) sends what it just saved instead of
 * leaving it to another process's sweep minutes later. Attempts begun meanwhile are waited for too.
 * Answers how many were still running when the time was up (the sweep takes those). Per process, not
 * per Payload instance: the worker's calls go through a wrapper of its instance (cms/database), and
 * hooks see the instance itself.
 */
export async function outwardAttemptsSettled(args: { withinMs: number }): Promise<number> {
  const deadline = Date.now() + args.withinMs
  while (running.size > 0) {
    const left = deadline - Date.now()
    if (left <= 0) return running.size
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      Promise.all(running),
      new Promise((resolve) => {
        timer = setTimeout(resolve, left)
      }),
    ])
    clearTimeout(timer)
  }
  return 0
}
