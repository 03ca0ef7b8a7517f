import { POST_METRICS } from '../../../lib/analytics/metricNames'
import { CONTENT_KINDS, type ContentKind, isPlatformId, PLATFORM_PROFILES } from '../../../lib/platforms'
import type { Breakdowns, KeyedTotals } from './breakdowns'
import type { DashboardFilters } from './dashboardQuery'
import type { DashboardFlag, DashboardReply } from './dashboardReply'
import { followerTotals, type FollowerChange } from './followerChanges'
import { groupTotals, type GroupTotals } from './groupTotals'
import { UNDERPERFORMER_RULE, type Underperformer } from './underperformers'

/** How many 待优化 posts the answer lists (the worst first); the count says how many there are. */
export const FLAGS_SHOWN = 50

const CONTENT_TYPE_LABELS: Record<ContentKind, string> = { article: '图文', video: '视频', poster: '海报', note: '图文笔记' }

const isContentKind = (key: string): key is ContentKind => (CONTENT_KINDS as readonly string[]).includes(key)

export type DashboardLabels = {
  accounts: Map<string, { name: string; platform: string }>
  authors: Map<string, string>
  /** A flagged post's title and its item's admin address, by `delivery:position`. */
  posts: Map<string, { title: string; itemUrl: string | null }>
}

const platformLabel = (platform: string) => (isPlatformId(platform) ? PLATFORM_PROFILES[platform].shortLabel.zh : platform)
const noFollowers: Omit<FollowerChange, 'account'> = { latest: null, latestDate: null, netChange: null, basis: null }

/** Only the totals' own fields: the answer names every number it sends. */
function totalsOf(group: GroupTotals): GroupTotals {
  const numbers = Object.fromEntries(POST_METRICS.map((name) => [name, group[name]]))
  return {
    ...(numbers as Pick<GroupTotals, (typeof POST_METRICS)[number]>),
    interactions: group.interactions,
    readerInteractionRate: group.readerInteractionRate,
    playInteractionRate: group.playInteractionRate,
    posts: group.posts,
    readerPosts: group.readerPosts,
    playPosts: group.playPosts,
  }
}

function labelled(groups: readonly KeyedTotals[], labelOf: (key: string) => string) {
  return groups.map((group) => ({ key: group.key, label: labelOf(group.key), ...totalsOf(group) }))
}

/**
 * The endpoint's answer from the sums, the followers and the flags, with every code in words: account
 * names, platform and content type labels, authors' names. An account that published nothing in the
 * range but has followers numbers is listed too (its 涨粉 counts).
 */
export function dashboardAnswer(args: {
  filters: DashboardFilters
  timeZone: string
  breakdowns: Breakdowns
  followers: Map<string, FollowerChange>
  flags: readonly Underperformer[]
  labels: DashboardLabels
}): DashboardReply {
  const { breakdowns, followers, labels } = args
  const accountName = (key: string) => labels.accounts.get(key)?.name ?? '（已删除的账号）'
  const accountPlatform = (key: string) => labels.accounts.get(key)?.platform ?? ''
  const quiet = [...followers.keys()].filter((key) => !breakdowns.byAccount.some((group) => group.key === key))
  const byAccount = [...breakdowns.byAccount, ...quiet.map((key) => ({ key, ...groupTotals([]) }))].map((group) => ({
    key: group.key,
    label: accountName(group.key),
    platform: accountPlatform(group.key),
    platformLabel: platformLabel(accountPlatform(group.key)),
    ...totalsOf(group),
    followers: (({ account: _account, ...change }) => change)(followers.get(group.key) ?? { account: group.key, ...noFollowers }),
  }))
  const shown = args.flags.slice(0, FLAGS_SHOWN).map((flag): DashboardFlag => {
    const post = labels.posts.get(`${flag.delivery}:${flag.position}`)
    return {
      delivery: flag.delivery,
      position: flag.position,
      account: flag.account,
      accountLabel: accountName(flag.account),
      platformLabel: platformLabel(accountPlatform(flag.account)),
      title: post?.title ?? '（已删除的内容）',
      publishedAt: flag.publishedAt,
      metric: flag.metric,
      value: flag.value,
      median: flag.median,
      compared: flag.compared,
      reason: flag.reason,
      itemUrl: post?.itemUrl ?? null,
      deliveryUrl: `/admin/collections/deliveries/${encodeURIComponent(String(flag.delivery))}`,
    }
  })
  return {
    range: { from: args.filters.from, to: args.filters.to, timeZone: args.timeZone },
    filters: { platform: args.filters.platform, account: args.filters.account, campaign: args.filters.campaign },
    totals: { ...totalsOf(breakdowns.totals), published: breakdowns.totals.published, followers: followerTotals(followers.values()) },
    daily: breakdowns.daily.map((day) => ({ date: day.date, published: day.published, ...totalsOf(day) })),
    byAccount,
    byPlatform: labelled(breakdowns.byPlatform, platformLabel),
    byContentType: labelled(breakdowns.byContentType, (key) => (isContentKind(key) ? CONTENT_TYPE_LABELS[key] : key)),
    byAuthor: labelled(breakdowns.byAuthor, (key) => labels.authors.get(key) ?? '（已删除的用户）'),
    byHour: breakdowns.byHour.map((hour) => ({ hour: hour.hour, ...totalsOf(hour) })),
    flags: {
      total: args.flags.length,
      shown,
      rule: {
        peers: UNDERPERFORMER_RULE.peers,
        windowDays: UNDERPERFORMER_RULE.windowDays,
        minPeers: UNDERPERFORMER_RULE.minPeers,
        minDaysOfNumbers: UNDERPERFORMER_RULE.minDaysOfNumbers,
      },
    },
  }
}
