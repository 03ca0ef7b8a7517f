import type { MetricRow } from '../metricRow'
import { sumMetrics } from '../sumMetrics'
import { followerGain } from './followerGain'
import { interactionRate } from './interactionRate'
import type { ReportWeek, WeekPair } from './reportWeek'
import type {
  AccountWeekNumbers,
  FollowerRow,
  PersonWeekLine,
  PublishedDelivery,
  ReportAccount,
  ReportPerson,
  TopPost,
  WeeklyReport,
} from './types'

export const TOP_POSTS = 10

const within = (day: string, week: ReportWeek) => day >= week.from && day <= week.to
const itemKey = (item: { collection: string; id: string | number }) => `${item.collection}:${item.id}`

/**
 * The weekly report from the facts of two weeks (the report's and the one before): numbers from the
 * post-metrics rows earned in each week, posts and output from the deliveries that went out in it,
 * 涨粉 from the account-metrics rows. Pure: the loader reads, this decides.
 */
export function buildWeeklyReport(args: {
  weeks: WeekPair
  accounts: readonly ReportAccount[]
  people: readonly ReportPerson[]
  rows: readonly MetricRow[]
  followerRows: readonly FollowerRow[]
  published: readonly PublishedDelivery[]
  /** Titles of posts that went out before the two weeks but earned numbers in them. */
  titles: ReadonlyMap<string, string>
  topCount?: number
}): WeeklyReport {
  const { week, previous } = args.weeks
  const numbersOf = (account: ReportAccount, span: ReportWeek): AccountWeekNumbers => {
    const same = (id: string | number | null) => id !== null && String(id) === String(account.id)
    const rows = args.rows.filter((row) => same(row.account) && within(row.date, span))
    const totals = sumMetrics(rows)
    const followers = followerGain({ rows: args.followerRows.filter((row) => same(row.account)), week: span })
    const posts = args.published
      .filter((delivery) => same(delivery.account) && within(delivery.publishedOn, span))
      .reduce((sum, delivery) => sum + delivery.items.length, 0)
    return {
      posts,
      readers: totals.readers,
      plays: totals.plays,
      interactions: totals.interactions,
      interactionRate: interactionRate(rows),
      followerGain: followers.gain,
      followers: followers.followers,
    }
  }
  return {
    week,
    previous,
    accounts: args.accounts.map((account) => ({ account, current: numbersOf(account, week), previous: numbersOf(account, previous) })),
    people: peopleLines({ people: args.people, published: args.published, weeks: args.weeks }),
    topPosts: topPosts({ ...args, count: args.topCount ?? TOP_POSTS }),
  }
}

function itemsByOwner(published: readonly PublishedDelivery[], span: ReportWeek): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>()
  for (const delivery of published) {
    if (!within(delivery.publishedOn, span)) continue
    for (const item of delivery.items) {
      if (item.owner === null) continue
      const items = owners.get(String(item.owner)) ?? new Set<string>()
      items.add(itemKey(item))
      owners.set(String(item.owner), items)
    }
  }
  return owners
}

/** Each person's items that went out (an item sent to three accounts is one item), against their weekly target. */
function peopleLines(args: {
  people: readonly ReportPerson[]
  published: readonly PublishedDelivery[]
  weeks: WeekPair
}): PersonWeekLine[] {
  const current = itemsByOwner(args.published, args.weeks.week)
  const before = itemsByOwner(args.published, args.weeks.previous)
  return args.people
    .map((person) => {
      const published = current.get(String(person.id))?.size ?? 0
      const target = person.weeklyOutputTarget
      return {
        person,
        published,
        previousPublished: before.get(String(person.id))?.size ?? 0,
        met: target === null || target <= 0 ? null : published >= target,
      }
    })
    .filter((line) => line.person.weeklyOutputTarget !== null || line.published > 0 || line.previousPublished > 0)
    .sort((a, b) => b.published - a.published || a.person.name.localeCompare(b.person.name, 'zh'))
}

/**
 * The week's posts by 互动数: interactions are counts of actions on every platform, so they rank
 * posts across platforms; 阅读人数 (people) and 播放量 (plays) are not comparable and only break ties.
 */
function topPosts(args: {
  weeks: WeekPair
  accounts: readonly ReportAccount[]
  rows: readonly MetricRow[]
  published: readonly PublishedDelivery[]
  titles: ReadonlyMap<string, string>
  count: number
}): TopPost[] {
  const titles = new Map(args.titles)
  for (const delivery of args.published) for (const item of delivery.items) titles.set(itemKey(item), item.title)
  const posts = new Map<string, MetricRow[]>()
  for (const row of args.rows) {
    if (!within(row.date, args.weeks.week)) continue
    const key = `${row.delivery}:${row.position}`
    posts.set(key, [...(posts.get(key) ?? []), row])
  }
  const lines = [...posts.values()].map((rows): TopPost => {
    const first = rows[0]
    const totals = sumMetrics(rows)
    const content =
      first.contentCollection !== null && first.contentId !== null
        ? itemKey({ collection: first.contentCollection, id: first.contentId })
        : ''
    return {
      title: titles.get(content) ?? '（未命名内容）',
      account: args.accounts.find((account) => String(account.id) === String(first.account)) ?? null,
      publishedAt: first.publishedAt,
      readers: totals.readers,
      plays: totals.plays,
      interactions: totals.interactions,
      interactionRate: totals.interactionRate,
    }
  })
  return lines
    .sort((a, b) => (b.interactions ?? -1) - (a.interactions ?? -1) || (b.readers ?? b.plays ?? -1) - (a.readers ?? a.plays ?? -1))
    .slice(0, args.count)
}
