import { accountContentReplySchema, DATACUBE_REPORTS, followerChangesReplySchema, followerTotalsReplySchema } from './statsReplies'
import { daysBetween, splitSpan } from './statsSpans'
import { WECHAT_STATS_DATA_FROM } from './statsPosts'
import type { OpenAccountRow, StatsRun } from './statsPosts'

type Day = { readers?: number; shares?: number; newFollowers?: number; lostFollowers?: number; followers?: number; changes: boolean }

/**
 * The account's days: getbizsummary (≤ 30 days a call) for its content's readers and shares, getusersummary
 * (new and cancelled followers summed over every source of a date) and getusercumulate (the follower total)
 * ≤ 7 days a call. A date with a total but no change rows had no change; yesterday without a total or a
 * content row is not computed yet. `is_delay` leaves every day of that reply open (UNCERTAIN which is late).
 */
export async function readAccountDays(run: StatsRun): Promise<OpenAccountRow[]> {
  const { client, window } = run
  const days = new Map<string, Day>(daysBetween(window).map((date) => [date, { changes: false }]))
  const dayOf = (date: string): Day | undefined => days.get(date)

  const contentFrom = window.from > WECHAT_STATS_DATA_FROM ? window.from : WECHAT_STATS_DATA_FROM
  const content = DATACUBE_REPORTS.accountContent
  for (const span of splitSpan({ from: contentFrom, to: window.to, maxDays: content.maxDays })) {
    const reply = await client.readDatacube({
      name: content.name,
      beginDate: span.begin,
      endDate: span.end,
      schema: accountContentReplySchema,
    })
    if (reply.is_delay) daysBetween({ from: span.begin, to: span.end }).forEach((date) => run.delayed.add(date))
    for (const item of reply.list) {
      const day = dayOf(item.ref_date)
      if (day === undefined) continue
      day.readers = item.detail.read_user
      day.shares = item.detail.share_user
    }
  }
  if (run.yesterday >= contentFrom && dayOf(run.yesterday)?.readers === undefined && days.has(run.yesterday)) run.delayed.add(run.yesterday)

  const changes = DATACUBE_REPORTS.followerChanges
  const totals = DATACUBE_REPORTS.followerTotals
  for (const span of splitSpan({ from: window.from, to: window.to, maxDays: changes.maxDays })) {
    const dates = { beginDate: span.begin, endDate: span.end }
    const changeReply = await client.readDatacube({ name: changes.name, ...dates, schema: followerChangesReplySchema })
    const totalReply = await client.readDatacube({ name: totals.name, ...dates, schema: followerTotalsReplySchema })
    if (changeReply.is_delay || totalReply.is_delay)
      daysBetween({ from: span.begin, to: span.end }).forEach((date) => run.delayed.add(date))
    for (const item of changeReply.list) {
      const day = dayOf(item.ref_date)
      if (day === undefined) continue
      day.changes = true
      day.newFollowers = (day.newFollowers ?? 0) + item.new_user
      day.lostFollowers = (day.lostFollowers ?? 0) + item.cancel_user
    }
    for (const item of totalReply.list) {
      const day = dayOf(item.ref_date)
      if (day !== undefined) day.followers = item.cumulate_user
    }
  }
  if (days.has(run.yesterday) && dayOf(run.yesterday)?.followers === undefined) run.delayed.add(run.yesterday)

  const rows: OpenAccountRow[] = []
  for (const [date, day] of days) {
    const quiet = day.followers !== undefined && !day.changes
    const row: OpenAccountRow = {
      date,
      ...(day.followers !== undefined ? { followers: day.followers } : {}),
      ...(day.changes || quiet ? { newFollowers: day.newFollowers ?? 0, lostFollowers: day.lostFollowers ?? 0 } : {}),
      ...(day.readers !== undefined ? { readers: day.readers } : {}),
      ...(day.shares !== undefined ? { shares: day.shares } : {}),
    }
    if (Object.keys(row).length > 1) rows.push(row)
  }
  return rows
}
