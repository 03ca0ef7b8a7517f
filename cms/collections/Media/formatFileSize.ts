const UNITS = ['KB', 'MB', 'GB'] as const

/** A byte count as people read it: 980 B, 12.8 KB, 3.4 MB (1 KB = 1024 bytes, one decimal under 100). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${Math.round(bytes)} B`
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const shown = value >= 100 ? String(Math.round(value)) : String(Number(value.toFixed(1)))
  return `${shown} ${UNITS[unit]}`
}
