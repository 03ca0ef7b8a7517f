import { REREADS_PER_DAY } from '../statsJobs'

/**
 * After a run, whether the platform's delayed days are read again: the next re-read (1..3) over the
 * span of those days, or null when none are delayed or the day's re-reads are spent (the next daily
 * run reads the past week again anyway).
 */
export function nextReread(args: {
  delayedDates: readonly string[]
  reread: number
}): { reread: number; window: { from: string; to: string } } | null {
  if (args.delayedDates.length === 0 || args.reread >= REREADS_PER_DAY) return null
  const sorted = [...args.delayedDates].sort()
  return { reread: args.reread + 1, window: { from: sorted[0], to: sorted[sorted.length - 1] } }
}
