import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { PLATFORM_PROFILES } from '../../lib/platforms'
import { addDays } from '../../lib/zonedTime'
import { CONTENT_KIND } from '../content'
import { DEMO_FOLLOWER_GROWTH, demoFollowerDays, demoPostNumbers, type DemoFollowerDay, type FollowerPlatform } from './demoNumbers'
import { MONTH_DAYS, type DemoPlatform, type PlannedPost } from './demoMonthPlan'
import { createRandom } from './seededRandom'

type Id = string | number
/** A delivery the seed made, with the facts the post-metrics hook would copy from it (its articles: the lead first). */
export type SeededPost = {
  post: PlannedPost
  deliveryId: Id
  account: Id
  campaign: Id | null
  publishedAt: string
  items: readonly { relationTo: 'articles' | 'videos' | 'notes'; value: Id; owner: Id }[]
}

/** Where a post's numbers come from on its platform: the collector's API, or a person typing them in. */
function statsSource(post: PlannedPost): 'api' | 'manual' {
  const kind = CONTENT_KIND[post.content.collection]
  const route = PLATFORM_PROFILES[post.platform].publishers.find((candidate) =>
    (candidate.contentKinds as readonly string[]).includes(kind),
  )
  return route?.stats === 'api' ? 'api' : 'manual'
}

/**
 * The month's numbers: each post's own numbers per day up to yesterday and each account's followers
 * per day, deterministic (seeded). About 600 rows: written straight through the database adapter in
 * one transaction (any adapter), with the columns the collections' hooks would fill (key, the
 * delivery's facts, the account's platform) filled here from what the seed just made, so a fresh
 * `npm run up` stays quick. tests/int/demoSeed.test.ts re-saves a row through the hooks and compares.
 */
export async function seedMetrics(args: {
  payload: Payload
  today: string
  accounts: Record<string, Id>
  posts: readonly SeededPost[]
}): Promise<void> {
  const { payload, today } = args
  const platforms = Object.keys(DEMO_FOLLOWER_GROWTH) as FollowerPlatform[]
  const followers = new Map<DemoPlatform, DemoFollowerDay[]>(
    platforms.map((platform, index) => {
      const spikeDays = new Set(
        args.posts
          .filter(({ post }) => post.platform === platform && (post.mode === 'mass' || post.content.collection === 'videos'))
          .map(({ post }) => post.dayOffset),
      )
      return [platform, demoFollowerDays({ platform, fromOffset: -MONTH_DAYS - 1, spikeDays, random: createRandom(1212 + index) })]
    }),
  )
  const random = createRandom(20261212)
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const fetchedAt = new Date().toISOString()
    for (const seeded of args.posts) {
      const { post } = seeded
      const source = statsSource(post)
      // Platforms whose followers are typed in by hand (小红书, 视频号) are judged by reach, not followers.
      const followersAtSend =
        followers.get(post.platform)?.find((day) => day.dayOffset === post.dayOffset - 1)?.followers ??
        (post.platform in DEMO_FOLLOWER_GROWTH ? DEMO_FOLLOWER_GROWTH[post.platform as FollowerPlatform].start : 0)
      for (const day of demoPostNumbers({ post, random, followersAtSend })) {
        const item = seeded.items[day.position - 1]
        const date = addDays(today, day.dayOffset)
        await payload.db.create({
          collection: 'post-metrics',
          req,
          data: {
            delivery: seeded.deliveryId,
            position: day.position,
            date,
            ...day.numbers,
            completionRate: day.completionRate,
            source,
            final: true,
            ...(source === 'api' ? { fetchedAt } : {}),
            key: `${seeded.deliveryId}:${day.position}:${date}`,
            account: seeded.account,
            platform: post.platform,
            campaign: seeded.campaign,
            content: { relationTo: item.relationTo, value: item.value },
            contentType: CONTENT_KIND[item.relationTo],
            author: item.owner,
            publishedAt: seeded.publishedAt,
            titleVariant: day.position === 1 ? post.titleVariant : null,
          },
        })
      }
    }
    for (const platform of platforms) {
      const account = args.accounts[platform]
      if (account === undefined) continue
      const source = PLATFORM_PROFILES[platform].followers
      for (const day of followers.get(platform) ?? []) {
        const date = addDays(today, day.dayOffset)
        await payload.db.create({
          collection: 'account-metrics',
          req,
          data: {
            account,
            date,
            followers: day.followers,
            newFollowers: day.newFollowers,
            lostFollowers: day.lostFollowers,
            source,
            final: true,
            ...(source === 'api' ? { fetchedAt } : {}),
            key: `${account}:${date}`,
            platform,
          },
        })
      }
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
