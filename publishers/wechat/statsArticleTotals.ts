import type { PostStatNumbers } from '../core/stats'
import type { ArticleTotalsRow } from './statsReplies'
import { articleTotalsReplySchema, DATACUBE_REPORTS, PUSH_READ_SCENE } from './statsReplies'
import { daysBetween } from './statsSpans'
import { isCountedDay, lastCountedDay } from './statsPosts'
import type { OpenPostRow, StatsRun, TrackedPost } from './statsPosts'

/** A field WeChat left out stays out of the row (not reported), never 0. */
function totalsOf(row: ArticleTotalsRow): PostStatNumbers {
  const numbers: PostStatNumbers = {
    readers: row.read_user,
    pushReaders: row.read_user_source.find((source) => source.scene_desc === PUSH_READ_SCENE)?.user_count ?? 0,
    shares: row.share_user,
    wows: row.zaikan_user,
    likes: row.like_user,
    comments: row.comment_count,
    favorites: row.collection_user,
    completionRate: row.read_finish_rate,
  }
  return Object.fromEntries(Object.entries(numbers).filter(([, value]) => value !== undefined))
}

/** The window's days a post published on `publishedOn` is counted on by getarticletotaldetail. */
function countedWindowDays(run: StatsRun, publishedOn: string): string[] {
  const from = publishedOn > run.window.from ? publishedOn : run.window.from
  const last = lastCountedDay(publishedOn)
  return daysBetween({ from, to: last < run.window.to ? last : run.window.to })
}

/**
 * getarticletotaldetail once per publish date still being counted in the window (begin = end = that date):
 * cumulative rows per stat_date up to the window's end (earlier days too), joined by msgid; msgids we did not publish are ignored.
 * `is_delay` leaves every counted day of that reply open (UNCERTAIN which of them is late: the safe reading);
 * a post of ours without yesterday's row means yesterday is not computed yet.
 */
export async function readArticleTotals(args: {
  run: StatsRun
  byMsgid: ReadonlyMap<string, readonly TrackedPost[]>
}): Promise<OpenPostRow[]> {
  const { run, byMsgid } = args
  const posts = [...byMsgid.values()].flat()
  const publishDates = [...new Set(posts.map((post) => post.publishedOn))]
    .filter((publishedOn) => countedWindowDays(run, publishedOn).some((date) => isCountedDay({ publishedOn, date })))
    .sort()
  const rows: OpenPostRow[] = []
  for (const publishedOn of publishDates) {
    const report = DATACUBE_REPORTS.articleTotals
    const reply = await run.client.readDatacube({
      name: report.name,
      beginDate: publishedOn,
      endDate: publishedOn,
      schema: articleTotalsReplySchema,
    })
    const counted = countedWindowDays(run, publishedOn)
    if (reply.is_delay) counted.forEach((date) => run.delayed.add(date))
    const seenYesterday = new Set<string>()
    for (const item of reply.list) {
      const ours = byMsgid.get(item.msgid) ?? []
      for (const detail of item.detail_list) {
        // Days before the window come with the reply at no cost and are kept: a post first read after its
        // first days (a new account's backfill) gets each day's own numbers, not all of them on the window's first day.
        if (detail.stat_date > run.window.to || !isCountedDay({ publishedOn: item.ref_date, date: detail.stat_date })) continue
        if (detail.stat_date === run.yesterday) seenYesterday.add(item.msgid)
        for (const post of ours) {
          rows.push({
            ...totalsOf(detail),
            deliveryId: post.deliveryId,
            position: post.position,
            externalId: item.msgid,
            date: detail.stat_date,
            kind: 'cumulative',
          })
        }
      }
    }
    const expectsYesterday = counted.includes(run.yesterday)
    const missing = posts.filter((post) => post.publishedOn === publishedOn && !seenYesterday.has(post.msgid))
    if (expectsYesterday && missing.length > 0) run.delayed.add(run.yesterday)
  }
  return rows
}
