import { articleReadsReplySchema, articleSharesReplySchema, DATACUBE_REPORTS } from './statsReplies'
import { daysBetween } from './statsSpans'
import { isCountedDay, WECHAT_STATS_DATA_FROM } from './statsPosts'
import type { OpenPostRow, StatsRun, TrackedPost } from './statsPosts'

/** Posts read day by day on `date`: published by then and no longer counted by getarticletotaldetail. */
function dailyPosts(posts: readonly TrackedPost[], date: string): TrackedPost[] {
  return posts.filter((post) => post.publishedOn <= date && !isCountedDay({ publishedOn: post.publishedOn, date }))
}

/**
 * Posts past getarticletotaldetail's 30 days: getarticleread + getarticleshare for each day of the window
 * (one day per call, the safe reading of an UNCERTAIN span), `daily` rows for the posts either list names.
 * A post absent from a non-empty list had none that day; an empty read list for yesterday means not computed yet.
 */
export async function readArticleDaily(args: {
  run: StatsRun
  byMsgid: ReadonlyMap<string, readonly TrackedPost[]>
}): Promise<OpenPostRow[]> {
  const { run, byMsgid } = args
  const posts = [...byMsgid.values()].flat()
  const from = run.window.from > WECHAT_STATS_DATA_FROM ? run.window.from : WECHAT_STATS_DATA_FROM
  const rows: OpenPostRow[] = []
  for (const date of daysBetween({ from, to: run.window.to })) {
    const wanted = dailyPosts(posts, date)
    if (wanted.length === 0) continue
    const span = { beginDate: date, endDate: date }
    const reads = await run.client.readDatacube({ name: DATACUBE_REPORTS.articleReads.name, ...span, schema: articleReadsReplySchema })
    const shares = await run.client.readDatacube({ name: DATACUBE_REPORTS.articleShares.name, ...span, schema: articleSharesReplySchema })
    if (reads.is_delay || shares.is_delay || (reads.list.length === 0 && date === run.yesterday)) run.delayed.add(date)
    const readers = new Map(reads.list.filter((item) => item.ref_date === date).map((item) => [item.msgid, item.detail.read_user]))
    const sharers = new Map(shares.list.filter((item) => item.ref_date === date).map((item) => [item.msgid, item.detail.share_user]))
    for (const post of wanted) {
      if (!readers.has(post.msgid) && !sharers.has(post.msgid)) continue
      rows.push({
        deliveryId: post.deliveryId,
        position: post.position,
        externalId: post.msgid,
        date,
        kind: 'daily',
        readers: readers.get(post.msgid) ?? 0,
        shares: sharers.get(post.msgid) ?? 0,
      })
    }
  }
  return rows
}
