const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** How long ago, as a Chinese editor says it: 刚刚, 5 分钟前, 3 小时前, 2 天前. */
export function ageLabel(args: { at: string | Date; now: Date }): string {
  const elapsed = Math.max(0, args.now.getTime() - new Date(args.at).getTime())
  if (elapsed < MINUTE) return '刚刚'
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} 分钟前`
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} 小时前`
  return `${Math.floor(elapsed / DAY)} 天前`
}
