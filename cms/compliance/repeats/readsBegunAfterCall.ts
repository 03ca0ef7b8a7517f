/**
 * Wraps `read` so that calls made at once share reads, yet each call returns only after a read that
 * began after it was made: a read already under way may have missed what the caller has just written
 * (a save committed a moment before its repeat check). A failed read fails the calls sharing it; a
 * later call starts a new one.
 */
export function readsBegunAfterCall(read: () => Promise<void>): () => Promise<void> {
  let calls = 0
  /** The read under way, and how many calls had been made when it began (it answers those). */
  let reading: { done: Promise<void>; answers: number } | null = null
  /** How many calls the last read that finished well answers. */
  let answered = 0
  return async () => {
    calls += 1
    const call = calls
    for (;;) {
      if (answered >= call) return
      if (reading && reading.answers >= call) return reading.done
      if (reading) {
        await reading.done.catch(() => undefined)
        continue
      }
      const started = { done: read(), answers: calls }
      reading = started
      try {
        await started.done
        answered = Math.max(answered, started.answers)
      } finally {
        if (reading === started) reading = null
      }
      return
    }
  }
}
