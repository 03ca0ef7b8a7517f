import { isPlatformId, PLATFORM_PROFILES, PLATFORMS, type PlatformId } from '../../lib/platforms'
import { addDays } from '../../lib/zonedTime'
import { shiftAnchor, weekDays } from './calendarGrid'

/**
 * The calendar by account (按账号): accounts as rows, grouped by platform in the platforms' own order
 * (公众号, 微博, 头条号, 抖音, 小红书, 视频号), days of a week or a month as columns. Pure: YYYY-MM-DD keys
 * in the team's zone, ids compared as strings (a number on SQLite, a string on MongoDB).
 */
export type MatrixRange = 'week' | 'month'

export function matrixDays(args: { anchor: string; range: MatrixRange }): string[] {
  if (args.range === 'week') return weekDays(args.anchor)
  const month = args.anchor.slice(0, 7)
  const days: string[] = []
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day)
  return days
}

/** ‹ › : a week by seven days, a month by calendar month (to its 1st). */
export function shiftMatrixAnchor(args: { anchor: string; range: MatrixRange; by: 1 | -1 }): string {
  return shiftAnchor({ anchor: args.anchor, view: args.range, by: args.by })
}

export type MatrixAccount = { id: string | number; name: string; platform: string }
export type MatrixRow<A extends MatrixAccount = MatrixAccount> = { key: string; account: A; platform: PlatformId }
export type MatrixGroup<A extends MatrixAccount = MatrixAccount> = {
  platform: PlatformId
  /** The name editors use for the platform (公众号, 头条号…). */
  label: string
  rows: MatrixRow<A>[]
}

/** One row per account of a known platform (or of the one platform chosen), grouped by platform, by name within one. */
export function matrixGroups<A extends MatrixAccount>(args: { accounts: readonly A[]; platform?: PlatformId | null }): MatrixGroup<A>[] {
  const byName = new Intl.Collator('zh-CN')
  return PLATFORMS.filter((platform) => !args.platform || platform === args.platform).flatMap((platform) => {
    const rows = args.accounts
      .filter((account) => isPlatformId(account.platform) && account.platform === platform)
      .sort((a, b) => byName.compare(a.name, b.name) || String(a.id).localeCompare(String(b.id)))
      .map((account) => ({ key: String(account.id), account, platform }))
    return rows.length > 0 ? [{ platform, label: PLATFORM_PROFILES[platform].shortLabel.zh, rows }] : []
  })
}

export const cellKey = (accountKey: string, day: string) => `${accountKey}|${day}`

/** The entries of each cell (account × day), in the order given; entries without an account are left out. */
export function placeEntries<E>(args: {
  entries: readonly E[]
  accountOf: (entry: E) => string | null
  dayOf: (entry: E) => string
}): Map<string, E[]> {
  const cells = new Map<string, E[]>()
  for (const entry of args.entries) {
    const account = args.accountOf(entry)
    if (account === null) continue
    const key = cellKey(account, args.dayOf(entry))
    cells.set(key, [...(cells.get(key) ?? []), entry])
  }
  return cells
}

/** How many of the days a row has nothing on: the gaps an editor fills first. */
export function emptyDayCount(args: {
  accountKey: string
  days: readonly string[]
  cells: ReadonlyMap<string, readonly unknown[]>
}): number {
  return args.days.filter((day) => (args.cells.get(cellKey(args.accountKey, day))?.length ?? 0) === 0).length
}
