import type { PostMetric } from '../../lib/analytics/metricNames'
import type { DemoPlatform, PlannedPost } from './demoMonthPlan'
import type { SeededRandom } from './seededRandom'

/** One post's (or 次条's) own numbers on one day: `dayOffset` days before today, Beijing time. */
export type DemoDayNumbers = {
  dayOffset: number
  position: number
  numbers: Partial<Record<PostMetric, number>>
  completionRate: number | null
}
export type DemoFollowerDay = { dayOffset: number; followers: number; newFollowers: number; lostFollowers: number }

/** Share of a post's total earned on its day 1, 2, 3…: a push reads mostly the first evening, a video keeps playing. */
const CURVES = {
  push: [0.52, 0.24, 0.09, 0.05, 0.03, 0.02, 0.015, 0.01, 0.008, 0.006, 0.005, 0.004, 0.003, 0.002],
  feed: [0.7, 0.2, 0.07, 0.03],
  video: [0.32, 0.24, 0.13, 0.09, 0.07, 0.05, 0.04, 0.03, 0.02, 0.01],
  article: [0.45, 0.25, 0.12, 0.08, 0.05, 0.03, 0.02],
  // A 小红书 note keeps being found through search and the feed for a week or two.
  note: [0.3, 0.2, 0.12, 0.09, 0.07, 0.06, 0.05, 0.04, 0.03, 0.02, 0.02],
} as const

type Totals = { base: Partial<Record<PostMetric, number>>; curve: readonly number[]; completion: [number, number] | null }

const round = (value: number) => Math.max(0, Math.round(value))

/**
 * How each kind of demo post earns, in totals over its life: 公众号 reads follow the followers (a 群发
 * opens at 3.6–6.2%, a 发表 without the push reaches 3–4% through 朋友圈 and search), Weibo reports
 * only likes, reposts and comments, Toutiao videos plays, Toutiao articles (entered by hand from the
 * back office) 阅读次数.
 */
function totalsOf(args: { post: PlannedPost; random: SeededRandom; followersAtSend: number }): Totals {
  const { post, random, followersAtSend } = args
  const r = (min: number, max: number) => random.between(min, max)
  if (post.platform === 'wechat') {
    const mass = post.mode === 'mass'
    const push = mass ? followersAtSend * r(0.036, 0.062) : 0
    const readers = mass ? push / r(0.68, 0.78) : followersAtSend * r(0.028, 0.04)
    return {
      base: {
        readers,
        reads: readers * r(1.12, 1.3),
        pushReaders: mass ? push : undefined,
        shares: readers * r(0.02, 0.04),
        likes: readers * r(0.01, 0.022),
        wows: readers * r(0.003, 0.01),
        comments: readers * r(0.001, 0.004),
        favorites: readers * r(0.003, 0.008),
      },
      curve: CURVES.push,
      completion: [0.45, 0.65],
    }
  }
  if (post.platform === 'weibo') {
    // A title test's two posts start level and title 2 wins clearly, so the demo always shows a winner.
    const test = post.titleVariant === null ? null : post.titleVariant === 2 ? 1.6 : 1
    const t = (min: number, max: number) => (test === null ? r(min, max) : ((min + max) / 2) * test)
    return {
      base: { likes: t(40, 260), reposts: t(6, 45), comments: t(8, 60) },
      curve: CURVES.feed,
      completion: null,
    }
  }
  if (post.platform === 'douyin') {
    const plays = r(9000, 60_000)
    return {
      base: {
        plays,
        likes: plays * r(0.03, 0.06),
        comments: plays * r(0.003, 0.008),
        shares: plays * r(0.005, 0.015),
        favorites: plays * r(0.005, 0.012),
      },
      curve: CURVES.video,
      completion: [0.22, 0.45],
    }
  }
  if (post.platform === 'xiaohongshu') {
    // 小红书 numbers are typed in from the app by the operator: 阅读 (views), 点赞, 收藏, 评论, 分享.
    const reads = r(1200, 9000) * (post.reach ?? 1)
    return {
      base: {
        reads,
        likes: reads * r(0.04, 0.09),
        favorites: reads * r(0.02, 0.05),
        comments: reads * r(0.005, 0.015),
        shares: reads * r(0.003, 0.01),
      },
      curve: CURVES.note,
      completion: null,
    }
  }
  if (post.platform === 'channels') {
    // 视频号 spreads through 朋友圈 shares; its numbers are typed in from 视频号助手.
    const plays = r(2500, 20_000)
    return {
      base: { plays, likes: plays * r(0.02, 0.04), shares: plays * r(0.01, 0.03), comments: plays * r(0.003, 0.008) },
      curve: CURVES.video,
      completion: null,
    }
  }
  if (post.content.collection === 'videos') {
    const plays = r(1500, 18_000)
    return {
      base: { plays, likes: plays * r(0.02, 0.04), comments: plays * r(0.003, 0.008), shares: plays * r(0.005, 0.012) },
      curve: CURVES.video,
      completion: [0.28, 0.52],
    }
  }
  const reads = r(600, 5000)
  return {
    base: { reads, likes: reads * r(0.01, 0.03), comments: reads * r(0.003, 0.01), shares: reads * r(0.005, 0.01) },
    curve: CURVES.article,
    completion: null,
  }
}

/** A post's numbers per day from its publish day up to yesterday; a 次条 reads 35–50% of its lead. */
export function demoPostNumbers(args: { post: PlannedPost; random: SeededRandom; followersAtSend: number }): DemoDayNumbers[] {
  const { post, random } = args
  const totals = totalsOf(args)
  const scale = post.weak ? 0.12 : 1
  const positions = [1, ...post.bundle.map((_, index) => index + 2)]
  return positions.flatMap((position) => {
    const share = position === 1 ? 1 : random.between(0.35, 0.5)
    return totals.curve.flatMap((weight, day): DemoDayNumbers[] => {
      const dayOffset = post.dayOffset + day
      if (dayOffset > -1) return []
      const noise = random.between(0.85, 1.15)
      const numbers = Object.fromEntries(
        Object.entries(totals.base).flatMap(([name, total]) =>
          total === undefined
            ? []
            : // 群发 readers come in the first days only.
              [[name, name === 'pushReaders' && day > 2 ? 0 : round(total * weight * noise * share * scale)]],
        ),
      ) as Partial<Record<PostMetric, number>>
      const completion = totals.completion
      return [
        {
          dayOffset,
          position,
          numbers,
          completionRate: completion === null ? null : Math.round(random.between(completion[0], completion[1]) * 100) / 100,
        },
      ]
    })
  })
}

/** The demo platforms whose followers come from an API every day (小红书 and 视频号 have none). */
export type FollowerPlatform = Extract<DemoPlatform, 'wechat' | 'weibo' | 'toutiao' | 'douyin'>

/** Where each demo account starts the month and how it grows: a 群发 or a video brings a spike. */
export const DEMO_FOLLOWER_GROWTH: Record<FollowerPlatform, { start: number; gained: [number, number]; lost: [number, number] }> = {
  wechat: { start: 18_600, gained: [25, 60], lost: [8, 25] },
  weibo: { start: 42_100, gained: [30, 90], lost: [10, 30] },
  toutiao: { start: 8_300, gained: [10, 40], lost: [3, 12] },
  douyin: { start: 26_400, gained: [40, 120], lost: [10, 35] },
}

/** Followers at the end of each day from `fromOffset` to yesterday (-1). */
export function demoFollowerDays(args: {
  platform: FollowerPlatform
  fromOffset: number
  spikeDays: ReadonlySet<number>
  random: SeededRandom
}): DemoFollowerDay[] {
  const growth = DEMO_FOLLOWER_GROWTH[args.platform]
  let followers = growth.start
  const days: DemoFollowerDay[] = []
  for (let dayOffset = args.fromOffset; dayOffset <= -1; dayOffset++) {
    const spike = args.spikeDays.has(dayOffset) ? args.random.between(60, 140) : 0
    const newFollowers = round(args.random.between(...growth.gained) + spike)
    const lostFollowers = round(args.random.between(...growth.lost))
    followers += newFollowers - lostFollowers
    days.push({ dayOffset, followers, newFollowers, lostFollowers })
  }
  return days
}
