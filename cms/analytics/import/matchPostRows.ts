import { type LineError, lineError } from './lineErrors'
import type { FollowerCsvRow, PostCsvRow } from './parseMetricsCsv'

/** What the import needs to know of a delivery to take numbers for it. */
export type ImportDelivery = {
  id: string
  account: string
  accountName: string
  /** published, failed…: numbers are taken only for a post that went out. */
  state: string
  stateLabel: string
  url: string | null
  /** The 次条' links, in order: the first is article 2. */
  bundleUrls: readonly (string | null)[]
  /** YYYY-MM-DD in the team's zone, or null when unknown. */
  publishedDay: string | null
}

export type MatchedPostRow = Omit<PostCsvRow, 'ref' | 'position'> & { delivery: string; position: number; key: string }

/**
 * A link as compared: surrounding spaces, the #fragment (WeChat's #rd, #wechat_redirect) and a
 * trailing slash do not matter; the scheme and host are case-insensitive.
 */
export function comparableUrl(url: string): string {
  const bare = url.trim().replace(/#.*$/, '').replace(/\/+$/, '')
  return bare.replace(/^[a-z]+:\/\/[^/?]+/i, (origin) => origin.toLowerCase()).replace(/^http:/, 'https:')
}

/**
 * Each row of a posts file → the delivery of `account` it is about and the article's position, or a
 * line error: a link or id that is another account's post, a post that never went out, a 第几篇 the
 * push does not have, a day before the post, the same post and day twice in the file. `known` holds
 * this account's deliveries and, for a link or id not found among them, any other account's.
 */
export function matchPostRows(args: { rows: readonly PostCsvRow[]; account: string; known: readonly ImportDelivery[] }): {
  rows: MatchedPostRow[]
  errors: LineError[]
} {
  const byId = new Map(args.known.map((delivery) => [delivery.id, delivery]))
  // A 次条's own link says its position; the lead's link leaves it to 第几篇 (次条 links are not always recorded).
  const byUrl = new Map<string, { delivery: ImportDelivery; position: number | null }[]>()
  for (const delivery of args.known) {
    const links = [delivery.url, ...delivery.bundleUrls]
    links.forEach((url, index) => {
      if (!url) return
      const key = comparableUrl(url)
      byUrl.set(key, [...(byUrl.get(key) ?? []), { delivery, position: index === 0 ? null : index + 1 }])
    })
  }
  const rows: MatchedPostRow[] = []
  const errors: LineError[] = []
  const seen = new Map<string, number>()
  for (const row of args.rows) {
    const fail = (problem: string) => errors.push(lineError({ line: row.line, problem }))
    const withId = row.ref.by === 'id' ? byId.get(row.ref.id) : undefined
    const found: { delivery: ImportDelivery; position: number | null }[] =
      row.ref.by === 'url' ? (byUrl.get(comparableUrl(row.ref.url)) ?? []) : withId ? [{ delivery: withId, position: null }] : []
    const named = row.ref.by === 'id' ? `发布记录「${row.ref.id}」` : `链接「${row.ref.url}」`
    const own = found.find((match) => match.delivery.account === args.account)
    if (own === undefined) {
      const other = found[0]?.delivery
      if (other) fail(`${named}是另一个账号「${other.accountName}」的发布记录，不能导入到这个账号；请在那个账号下导入`)
      else if (row.ref.by === 'id') fail(`找不到${named}，请从发布记录页面复制编号`)
      else fail(`找不到${named}对应的发布记录：请从发布记录里复制「发布链接」，或改填「发布记录ID」`)
      continue
    }
    const { delivery } = own
    const articles = 1 + delivery.bundleUrls.length
    const position = own.position ?? row.position ?? 1
    if (own.position !== null && row.position !== null && row.position !== own.position) {
      fail(`这个链接是这次推送的第 ${own.position} 篇，但「第几篇」填的是 ${row.position}；请改成 ${own.position} 或留空`)
      continue
    }
    if (position > articles) {
      fail(`${named}只有 ${articles} 篇，没有第 ${position} 篇`)
      continue
    }
    if (delivery.state !== 'published') {
      fail(`${named}还没有发布成功（现在是「${delivery.stateLabel}」），不能录入数据`)
      continue
    }
    if (delivery.publishedDay !== null && row.date < delivery.publishedDay) {
      fail(`日期 ${row.date} 早于这篇的发布日期 ${delivery.publishedDay}`)
      continue
    }
    const key = `${delivery.id}:${position}:${row.date}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      fail(`和第 ${earlier} 行是同一篇、同一天（${row.date}）的数据，请只保留一行`)
      continue
    }
    seen.set(key, row.line)
    rows.push({ line: row.line, date: row.date, numbers: row.numbers, delivery: delivery.id, position, key })
  }
  return { rows, errors }
}

/** The same day twice in a followers file is a mistake to fix, not a number to add up. */
export function repeatedFollowerDays(rows: readonly FollowerCsvRow[]): LineError[] {
  const seen = new Map<string, number>()
  const errors: LineError[] = []
  for (const row of rows) {
    const earlier = seen.get(row.date)
    if (earlier !== undefined)
      errors.push(lineError({ line: row.line, problem: `和第 ${earlier} 行是同一天（${row.date}）的粉丝数据，请只保留一行` }))
    else seen.set(row.date, row.line)
  }
  return errors
}
