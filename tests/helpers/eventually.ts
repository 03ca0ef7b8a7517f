/**
 * Reads until `done` accepts the value or the time is up, then returns the last value read, so the
 * caller's assertion shows what was there. For effects another process writes just after the one
 * the test waited for (the worker notifies and marks content published after the delivery state).
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
