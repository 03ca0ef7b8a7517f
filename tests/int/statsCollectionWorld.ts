import assert from 'node:assert/strict'
import { fakeArticleStats } from '../fakes/wechat/datacubeNumbers'
import type { Id } from '../helpers/fixtures'
import { addDays, zonedDate, zonedToUtc } from '../../lib/zonedTime'
import { approvedArticle, queuedDelivery, type SchedulerWorld, waitForState } from './schedulerWorld'

/** What the statistics tests share: pinned times, the fakes' clocks, publishing through the worker, the stored rows as plain values. */
export const BEIJING = 'Asia/Shanghai'
const FINAL = ['published', 'failed', 'unconfirmed', 'needs_reauth', 'manual', 'cancelled']

/** `days` Beijing days after `at`'s, at 10:30 Beijing (after the daily job's hour, WeChat's D-1 ready): what "now" is for a run. */
export const beijingMorning = (args: { at: Date; days: number }): Date =>
  zonedToUtc({ date: addDays(zonedDate({ at: args.at, timeZone: BEIJING }), args.days), time: '10:30', timeZone: BEIJING })

export const fakeUrl = (args: { world: SchedulerWorld; name: string }): string => {
  const fake = args.world.fakes.find((candidate) => candidate.name === args.name)
  if (!fake) throw new Error(`no ${args.name} fake`)
  return fake.baseUrl
}

/** Moves a fake's clock to `to` (its clock is real time plus an offset the tests control). */
export async function setFakeClock(args: { world: SchedulerWorld; name: string; to: Date }): Promise<void> {
  const clock = (advanceMs: number) =>
    fetch(`${fakeUrl(args)}/__clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs }),
    })
  const { now } = (await (await clock(0)).json()) as { now: number }
  await clock(args.to.getTime() - now)
}

/** An approved article published to the platform's world account by the worker: its delivery, publish time and remote ids. */
export async function publishThroughWorker(args: {
  world: SchedulerWorld
  platform: 'weibo' | 'wechat'
  title: string
}): Promise<{ id: Id; publishedAt: Date; remoteIds: Record<string, string> }> {
  const { world, platform } = args
  const { enqueueDelivery } = await import('../../scheduler/queues')
  const article = await approvedArticle(world, args.title)
  const { id } = await queuedDelivery(world, { article, platform })
  await enqueueDelivery({ deliveryId: id, platform })
  const done = await waitForState(world, { id, states: FINAL, timeoutMs: 60_000 })
  assert.equal(done.state, 'published', JSON.stringify(done.lastError))
  const doc = await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
  assert.ok(doc.publishedAt)
  return { id, publishedAt: new Date(doc.publishedAt), remoteIds: done.remoteIds ?? {} }
}

const METRICS = ['readers', 'reads', 'pushReaders', 'plays', 'shares', 'likes', 'wows', 'comments', 'favorites', 'reposts'] as const

/** The stored post rows of a delivery, as plain values (sorted by position and date). */
export async function postRows(args: { world: SchedulerWorld; delivery: Id }) {
  const { docs } = await args.world.db.find({
    collection: 'post-metrics',
    where: { delivery: { equals: args.delivery } },
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .map((doc) => ({
      id: doc.id,
      key: doc.key,
      position: doc.position,
      date: doc.date,
      source: doc.source,
      final: doc.final,
      externalId: doc.externalId,
      completionRate: doc.completionRate ?? null,
      ...(Object.fromEntries(METRICS.map((name) => [name, doc[name] ?? null])) as Record<(typeof METRICS)[number], number | null>),
    }))
    .sort((a, b) => (a.position ?? 1) - (b.position ?? 1) || a.date.localeCompare(b.date))
}
export type StoredPostRow = Awaited<ReturnType<typeof postRows>>[number]

export async function accountRows(args: { world: SchedulerWorld; account: Id }) {
  const { docs } = await args.world.db.find({
    collection: 'account-metrics',
    where: { account: { equals: args.account } },
    sort: 'date',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc) => ({
    id: doc.id,
    date: doc.date,
    source: doc.source,
    final: doc.final,
    followers: doc.followers ?? null,
    newFollowers: doc.newFollowers ?? null,
    lostFollowers: doc.lostFollowers ?? null,
  }))
}

export async function statsHealth(args: { world: SchedulerWorld; account: Id }) {
  const doc = await args.world.db.findByID({ collection: 'platform-accounts', id: args.account, depth: 0, overrideAccess: true })
  return doc.statsHealth ?? {}
}

/** What the WeChat fake reports for an article on a day: its totals since publication and its own day's numbers. */
export async function wechatReported(args: { world: SchedulerWorld; msgid: string; date: string; delayedDates?: string[] }) {
  const { entries } = await args.world.control.wechat.ledger()
  return fakeArticleStats({ entries, msgid: args.msgid, date: args.date, delayedDates: args.delayedDates })
}

/** The metrics the WeChat fake reports, in its names (the same as ours). */
export const WECHAT_FAKE_NUMBERS = ['readers', 'pushReaders', 'shares', 'wows', 'likes', 'comments', 'favorites'] as const

/** A stored row's numbers that the WeChat fake reports. */
export const wechatNumbersOf = (row: StoredPostRow) => Object.fromEntries(WECHAT_FAKE_NUMBERS.map((name) => [name, row[name]]))
