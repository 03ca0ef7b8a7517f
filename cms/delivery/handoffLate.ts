/** A hand-off is late once its slot (or, without one, its send) is this far past and nobody posted it. */
export const HANDOFF_LATE_AFTER_MS = 2 * 60 * 60 * 1000

/**
 * Whether a hand-off waits too long: the delivery is still `awaiting_operator` and its due time (the
 * calendar slot's time, or when it was sent) is more than two hours past. No due time: never late. Pure.
 */
export function isHandoffLate(args: {
  state: string | null | undefined
  dueAt: string | Date | number | null | undefined
  now: Date | number
}): boolean {
  if (args.state !== 'awaiting_operator' || args.dueAt === null || args.dueAt === undefined || args.dueAt === '') return false
  const due = new Date(args.dueAt).getTime()
  if (Number.isNaN(due)) return false
  return new Date(args.now).getTime() - due > HANDOFF_LATE_AFTER_MS
}
