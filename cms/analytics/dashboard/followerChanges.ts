/** An account-metrics row as the dashboard reads it (people, never added to counts). */
export type FollowerRow = {
  account: string
  date: string
  followers: number | null
  newFollowers: number | null
  lostFollowers: number | null
}

export type FollowerChange = {
  account: string
  /** The last known 粉丝总数 up to the range's end, with its day; null when none was ever recorded. */
  latest: number | null
  latestDate: string | null
  /** 涨粉 over the range (may be negative); null when nothing says. */
  netChange: number | null
  /** `followers`: last − first known total (the first from the day before the range when known); `flows`: Σ(新增 − 取消). */
  basis: 'followers' | 'flows' | null
}

/**
 * Each account's followers at the end of `from`..`to` and its net change over the range. Two totals
 * say it best (last − first, the first read on the day before the range so the range's first day
 * counts); an account with fewer than two totals (a manual account that types only 新增/取消) sums
 * its daily flows instead. `rows` may include the day before `from`.
 */
export function followerChanges(args: { rows: readonly FollowerRow[]; from: string; to: string }): Map<string, FollowerChange> {
  const byAccount = new Map<string, FollowerRow[]>()
  for (const row of args.rows) {
    if (row.date > args.to) continue
    const list = byAccount.get(row.account)
    if (list) list.push(row)
    else byAccount.set(row.account, [row])
  }
  const result = new Map<string, FollowerChange>()
  for (const [account, rows] of byAccount) {
    const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const totals = sorted.filter((row): row is FollowerRow & { followers: number } => row.followers !== null)
    const last = totals.at(-1) ?? null
    const inRange = totals.filter((row) => row.date >= args.from)
    const before = totals.filter((row) => row.date < args.from).at(-1)
    const first = before ?? inRange[0]
    const flows = sorted.filter((row) => row.date >= args.from && (row.newFollowers !== null || row.lostFollowers !== null))
    let netChange: number | null = null
    let basis: FollowerChange['basis'] = null
    if (first !== undefined && inRange.length > 0 && last !== null && last !== first) {
      netChange = last.followers - first.followers
      basis = 'followers'
    } else if (flows.length > 0) {
      netChange = flows.reduce((sum, row) => sum + (row.newFollowers ?? 0) - (row.lostFollowers ?? 0), 0)
      basis = 'flows'
    }
    result.set(account, { account, latest: last?.followers ?? null, latestDate: last?.date ?? null, netChange, basis })
  }
  return result
}

/** The team's 涨粉 and followers: sums over the accounts that report them (people added to people only). */
export function followerTotals(changes: Iterable<FollowerChange>): { latest: number | null; netChange: number | null } {
  let latest: number | null = null
  let netChange: number | null = null
  for (const change of changes) {
    if (change.latest !== null) latest = (latest ?? 0) + change.latest
    if (change.netChange !== null) netChange = (netChange ?? 0) + change.netChange
  }
  return { latest, netChange }
}
