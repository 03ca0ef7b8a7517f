import { addDays } from '../../../lib/zonedTime'
import { beijingDay } from '../shared/clock'
import type { LedgerEntry } from '../shared/ledger'

/**
 * The WeChat fake's statistics as pure functions of (msgid, date): what the datacube routes answer, and what
 * tests compare stored rows with. Each article gets a day's numbers from a hash; its totals are the sum since
 * its publish date, counted for 30 days (getarticletotaldetail then stops, the totals stay as they were).
 * A delayed day (is_delay) carries half its numbers until it is cleared.
 */

/** One message the fake issued a msg_data_id for: a 群发 (`pushed`, publish_type 0) or a 发表 (publish_type 1). */
export type FakeStatsMessage = { msgDataId: string; publishDate: string; pushed: boolean; titles: string[] }

/** A day's own numbers of one article. */
export type FakeArticleDay = {
  readers: number
  pushReaders: number
  shares: number
  wows: number
  likes: number
  comments: number
  favorites: number
}

export type FakeArticleTotals = FakeArticleDay & { completionRate: number }

export const FAKE_COUNTING_DAYS = 30

function hash(text: string): number {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

const unit = (text: string): number => hash(text) / 0x1_0000_0000
const daysFrom = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
const positionOf = (msgid: string): number => Number(msgid.split('_')[1] ?? '1') || 1

/** The article's own numbers on `date` (zeros before its publish date); halved when the day is delayed. */
export function fakeArticleDay(args: {
  msgid: string
  publishDate: string
  pushed: boolean
  date: string
  delayed?: boolean
}): FakeArticleDay {
  const { msgid, date } = args
  const age = daysFrom(args.publishDate, date)
  const zero = { readers: 0, pushReaders: 0, shares: 0, wows: 0, likes: 0, comments: 0, favorites: 0 }
  if (age < 0) return zero
  const scale = (300 + (hash(`${msgid}|scale`) % 1700)) / positionOf(msgid)
  const jitter = hash(`${msgid}|${date}|readers`) % 7
  const readers = age < FAKE_COUNTING_DAYS ? Math.floor(scale * 0.6 ** age) + jitter : jitter % 4
  const share = (low: number, spread: number, name: string) => Math.floor(readers * (low + unit(`${msgid}|${name}`) * spread))
  const full: FakeArticleDay = {
    readers,
    // Followers open a 群发 from their message list, mostly on its first day; a 发表 reaches no message list.
    pushReaders: args.pushed ? Math.floor(readers * (age === 0 ? 0.7 : 0.2)) : 0,
    shares: share(0.03, 0.07, 'shares'),
    wows: share(0.01, 0.02, 'wows'),
    likes: share(0.02, 0.03, 'likes'),
    comments: share(0.005, 0.01, 'comments'),
    favorites: share(0.01, 0.02, 'favorites'),
  }
  if (!args.delayed) return full
  return Object.fromEntries(Object.entries(full).map(([name, value]) => [name, Math.floor(value / 2)])) as FakeArticleDay
}

/** The last stat_date getarticletotaldetail reports for a message published on `publishDate`. */
export function fakeLastCountedDay(publishDate: string): string {
  return addDays(publishDate, FAKE_COUNTING_DAYS - 1)
}

/** Totals since publication as of `date` (the getarticletotaldetail row); undefined outside the 30 counted days. */
export function fakeArticleTotals(args: {
  msgid: string
  publishDate: string
  pushed: boolean
  date: string
  delayedDates?: readonly string[]
}): FakeArticleTotals | undefined {
  if (args.date < args.publishDate || args.date > fakeLastCountedDay(args.publishDate)) return undefined
  const totals = { readers: 0, pushReaders: 0, shares: 0, wows: 0, likes: 0, comments: 0, favorites: 0 }
  for (let day = args.publishDate; day <= args.date; day = addDays(day, 1)) {
    const numbers = fakeArticleDay({ ...args, date: day, delayed: args.delayedDates?.includes(day) })
    for (const name of Object.keys(totals) as (keyof FakeArticleDay)[]) totals[name] += numbers[name]
  }
  const completionRate =
    Math.round((0.35 + unit(`${args.msgid}|finish`) * 0.4 + (hash(`${args.msgid}|${args.date}|finish`) % 10) / 1000) * 10_000) / 10_000
  return { ...totals, completionRate }
}

/** The fake app's follower changes per source on `date` and its total at the end of that day. */
export type FakeFollowerDay = { sources: { userSource: number; newUser: number; cancelUser: number }[]; followers: number }

const FOLLOWER_SOURCES = [0, 1, 30] as const
const FOLLOWERS_FROM = '2025-01-01'
const BASE_FOLLOWERS = 12_000

function followerChanges(args: { appId: string; date: string }): FakeFollowerDay['sources'] {
  return FOLLOWER_SOURCES.map((userSource, i) => ({
    userSource,
    newUser: hash(`${args.appId}|${args.date}|${userSource}|new`) % [20, 12, 40][i],
    cancelUser: hash(`${args.appId}|${args.date}|${userSource}|cancel`) % [12, 3, 6][i],
  }))
}

export function fakeFollowerDay(args: { appId: string; date: string }): FakeFollowerDay {
  let followers = BASE_FOLLOWERS
  for (let day = FOLLOWERS_FROM; day <= args.date; day = addDays(day, 1)) {
    for (const source of followerChanges({ appId: args.appId, date: day })) followers += source.newUser - source.cancelUser
  }
  return { sources: followerChanges(args), followers }
}

/** What the fake issued, read from its ledger (`publish`, `sendall`, `send`): tests find a message's publish date here. */
export function fakeStatsMessages(entries: readonly LedgerEntry[]): FakeStatsMessage[] {
  return entries.flatMap((entry) => {
    const msgDataId = entry.data.msg_data_id
    if (typeof msgDataId !== 'string' || !['publish', 'sendall', 'send'].includes(entry.kind)) return []
    const titles = Array.isArray(entry.data.titles) ? entry.data.titles.map(String) : []
    return [{ msgDataId, publishDate: beijingDay(entry.at), pushed: entry.kind !== 'publish', titles }]
  })
}

/** The numbers the fake reports for article `msgid` (`<msg_data_id>_<idx>`) on `date`: its totals and its own day. */
export function fakeArticleStats(args: {
  entries: readonly LedgerEntry[]
  msgid: string
  date: string
  delayedDates?: readonly string[]
}): { totals?: FakeArticleTotals; day: FakeArticleDay } {
  const message = fakeStatsMessages(args.entries).find((candidate) => args.msgid.startsWith(`${candidate.msgDataId}_`))
  if (message === undefined) throw new Error(`the WeChat fake issued no msg_data_id for ${args.msgid}`)
  const article = { msgid: args.msgid, publishDate: message.publishDate, pushed: message.pushed }
  return {
    totals: fakeArticleTotals({ ...article, date: args.date, delayedDates: args.delayedDates }),
    day: fakeArticleDay({ ...article, date: args.date, delayed: args.delayedDates?.includes(args.date) }),
  }
}
