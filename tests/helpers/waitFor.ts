/** Checks every 100 ms until `check` gives a value; throws naming `what` when the time is up. */
export async function waitFor<T>(args: {
  what: string
  timeoutMs: number
  check: () => Promise<T | null | undefined | false>
}): Promise<T> {
  const deadline = Date.now() + args.timeoutMs
  for (;;) {
    const value = await args.check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${args.what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
