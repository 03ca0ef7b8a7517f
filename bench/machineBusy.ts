import fs from 'node:fs'

/** The machine's CPU time so far from /proc/stat's first line: busy and all, in clock ticks; null off Linux. */
function cpuTicks(): { busy: number; all: number } | null {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number)
    const all = fields.reduce((sum, value) => sum + value, 0)
    // idle and iowait are the CPUs waiting; the rest (user, nice, system, irq, softirq, steal) is work.
    return { busy: all - fields[3] - fields[4], all }
  } catch {
    return null
  }
}

/**
 * Starts measuring how busy all of the machine's CPUs are; the returned function answers the share
 * (0 to 1) since the start, or null where /proc/stat is not there. Whatever runs on the machine counts:
 * the benchmark's processes, its database, and anything else.
 */
export function startBusyMeter(): () => number | null {
  const start = cpuTicks()
  return () => {
    const end = cpuTicks()
    if (!start || !end || end.all === start.all) return null
    return (end.busy - start.busy) / (end.all - start.all)
  }
}
