import type { MetricRow } from '../metricRow'

/** One published post (an article of a push counts as its own post), as the KPI math needs it. */
export type PublishedPost = {
  /** `delivery:position`, the same key post-metrics rows have. */
  key: string
  delivery: string
  position: number
  account: string
  platform: string
  /** The day it went out, YYYY-MM-DD in APP_TIMEZONE. */
  publishedDate: string
  /** It went out as a 群发 (its readers from the push count towards 打开率). */
  mass: boolean
}

/** An account's account-metrics row of one day. */
export type FollowerDay = { date: string; followers: number | null; newFollowers: number | null; lostFollowers: number | null }

/** Everything a KPI line is measured from; ids as text so SQLite's numbers and Postgres' strings compare alike. */
export type KpiInputs = {
  rows: readonly MetricRow[]
  posts: readonly PublishedPost[]
  accounts: readonly { id: string; platform: string }[]
  /** By account id, sorted by date. */
  followers: ReadonlyMap<string, readonly FollowerDay[]>
}

export const postKeyOf = (row: Pick<MetricRow, 'delivery' | 'position'>): string => `${row.delivery}:${row.position}`

/** The inputs a line limited to one platform or one account sees. */
export function scopeInputs(args: { inputs: KpiInputs; platform?: string | null; account?: string | number | null }): KpiInputs {
  const account = args.account === null || args.account === undefined ? null : String(args.account)
  const platform = args.platform ?? null
  if (account === null && platform === null) return args.inputs
  const fits = (item: { account: string | number | null; platform: string | null }) =>
    (account === null || String(item.account) === account) && (platform === null || item.platform === platform)
  const accounts = args.inputs.accounts.filter((one) => fits({ account: one.id, platform: one.platform }))
  const kept = new Set(accounts.map((one) => one.id))
  return {
    rows: args.inputs.rows.filter(fits),
    posts: args.inputs.posts.filter(fits),
    accounts,
    followers: new Map([...args.inputs.followers].filter(([id]) => kept.has(id))),
  }
}

/** The inputs of one post alone (per-post averages). */
export function onePost(args: { inputs: KpiInputs; key: string }): KpiInputs {
  return {
    ...args.inputs,
    rows: args.inputs.rows.filter((row) => postKeyOf(row) === args.key),
    posts: args.inputs.posts.filter((post) => post.key === args.key),
  }
}
