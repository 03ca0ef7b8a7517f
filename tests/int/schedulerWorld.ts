import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { Article, Delivery } from '../../cms/payload-types'
import type { PlatformId } from '../../lib/platforms'
import { startDouyinFake } from '../fakes/douyin'
import { douyinFakeAccountData } from '../fakes/douyin/account'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { createFakeControl, type FakeControl } from '../fakes/shared/fakeControl'
import type { RunningFake } from '../fakes/shared/fakeServer'
import type { LedgerEntry } from '../fakes/shared/ledger'
import { startToutiaoFake } from '../fakes/toutiao'
import { startWechatFake } from '../fakes/wechat'
import { startWeiboFake } from '../fakes/weibo'
import { createTeam, type Id, makeDoc } from '../helpers/fixtures'
import { startTestRedis, type TestRedis } from '../helpers/redis'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { waitFor } from '../helpers/waitFor'

/** The platforms with an API and so a local fake (小红书 and 视频号 are hand-off only: nothing to fake). */
export type FakedPlatform = Extract<PlatformId, 'wechat' | 'weibo' | 'toutiao' | 'douyin'>

/** What the scheduler's integration tests share: the platform fakes, a private Redis, Payload over HTTP, one account per faked platform. */
export type SchedulerWorld = {
  cms: TestCms
  /** The test's own Payload calls, retried when they collide with the worker's writes (SQLite). */
  db: Payload
  redis: TestRedis
  fakes: RunningFake[]
  control: Record<FakedPlatform, FakeControl>
  accounts: Record<FakedPlatform, Id>
  team: Awaited<ReturnType<typeof createTeam>>
  close: () => Promise<void>
}

const here = path.dirname(fileURLToPath(import.meta.url))

export async function startSchedulerWorld(): Promise<SchedulerWorld> {
  // WeChat's status machine answers "published" at the first check, so a publish takes one poll (5 s);
  // Douyin's review likewise ends by the first video_data (the publisher's first poll, 30 s after the create).
  const fakes = [
    await startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0 } }),
    await startWeiboFake({ port: 0 }),
    await startToutiaoFake({ port: 0 }),
    await startDouyinFake({ port: 0, options: { reviewPollsUntilPublished: 0 } }),
  ]
  const [wechat, weibo, toutiao, douyin] = fakes
  process.env.WECHAT_API_BASE = wechat.baseUrl
  process.env.WEIBO_API_BASE = weibo.baseUrl
  process.env.TOUTIAO_API_BASE = toutiao.baseUrl
  process.env.DOUYIN_API_BASE = douyin.baseUrl
  const redis = await startTestRedis()
  const cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  const { withDatabaseTurns } = await import('../../cms/database/databaseTurns')
  const db = withDatabaseTurns(cms.payload)
  const team = await createTeam(cms.payload)
  const make = (data: Record<string, unknown>) => makeDoc({ payload: cms.payload, collection: 'platform-accounts', data })
  const accounts: Record<FakedPlatform, Id> = {
    wechat: await make(fakeAccountData('wechat', '测试公众号')),
    weibo: await make(fakeAccountData('weibo', '测试微博')),
    toutiao: await make(fakeAccountData('toutiao', '测试头条号')),
    douyin: await make(douyinFakeAccountData('测试抖音号')),
  }

  const control: Record<FakedPlatform, FakeControl> = {
    wechat: createFakeControl(wechat.baseUrl),
    weibo: createFakeControl(weibo.baseUrl),
    toutiao: createFakeControl(toutiao.baseUrl),
    douyin: createFakeControl(douyin.baseUrl),
  }
  return {
    cms,
    db,
    redis,
    fakes,
    control,
    accounts,
    team,
    close: async () => {
      try {
        const { closeQueues } = await import('../../scheduler/queues')
        await closeQueues()
        await cms.close()
      } finally {
        // Also when the CMS's close failed (a test that left Postgres stopped): open servers would keep the file running until its timeout.
        await redis.stop()
        await Promise.all(fakes.map((fake) => fake.close()))
      }
    },
  }
}

let seq = 0

/**
 * Creates a document (without a transaction, as the worker writes: see cms/database/sharedSqlite.ts)
 * and makes sure it exists.
 */
async function createVerified(world: SchedulerWorld, args: Parameters<Payload['create']>[0]) {
  for (let attempt = 1; ; attempt += 1) {
    const doc = await world.db.create({ ...args, disableTransaction: true })
    if (await world.db.findByID({ collection: args.collection, id: doc.id, depth: 0, overrideAccess: true, disableErrors: true }))
      return doc
    if (attempt === 3) throw new Error(`${args.collection} ${doc.id} was created but is not in the database`)
  }
}

/** Approved content with its approved revision pinned; an article unless `collection` says otherwise. */
export type ApprovedContent = { id: Id; revision: string; collection?: 'articles' | 'videos' }

async function pinApprovedRevision(world: SchedulerWorld, args: { collection: 'articles' | 'videos'; id: Id }): Promise<string> {
  const versions = await world.db.findVersions({
    collection: args.collection,
    where: { parent: { equals: args.id } },
    limit: 1,
    sort: '-createdAt',
    overrideAccess: true,
  })
  const revision = String(versions.docs[0].id)
  await world.db.db.updateOne({
    collection: args.collection,
    id: args.id,
    data: { approvedVersion: revision, approvedBy: world.team.editor.id },
  })
  return revision
}

/** A well-formed ISO media file: an `ftyp` box, then an `mdat` box holding the rest. */
function mp4File(bytes: number): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41')])
  const mdat = Buffer.alloc(bytes - ftyp.length)
  mdat.writeUInt32BE(mdat.length, 0)
  mdat.write('mdat', 4, 'latin1')
  return Buffer.concat([ftyp, mdat])
}

/** An approved video (a small MP4, a cover, topics), its approved revision pinned. */
export async function approvedVideo(world: SchedulerWorld, title = `抖音排期 ${++seq}`): Promise<ApprovedContent> {
  const clip = mp4File(64 * 1024)
  const file = await createVerified(world, {
    collection: 'media',
    overrideAccess: true,
    data: { alt: '视频' },
    file: { data: clip, mimetype: 'video/mp4', name: `clip-${Date.now()}-${seq}.mp4`, size: clip.length },
  })
  const coverBytes = fs.readFileSync(path.join(here, '../../cms/seed/assets/cover-double12.jpg'))
  const cover = await createVerified(world, {
    collection: 'media',
    overrideAccess: true,
    data: { alt: '封面' },
    file: { data: coverBytes, mimetype: 'image/jpeg', name: `video-cover-${Date.now()}-${seq}.jpg`, size: coverBytes.length },
  })
  const { id } = await createVerified(world, {
    collection: 'videos',
    overrideAccess: true,
    data: {
      title,
      description: '门店探访，会员日满 199 减 30',
      topics: ['会员日', '探店'],
      file: file.id,
      cover: cover.id,
      status: 'approved',
      owner: world.team.designer.id,
    },
  })
  return { id, revision: await pinApprovedRevision(world, { collection: 'videos', id }), collection: 'videos' }
}

/** An approved article with a cover and one body image (and `more`), its approved revision pinned (as the review workflow does). */
export async function approvedArticle(
  world: SchedulerWorld,
  title = `排期测试 ${++seq}`,
  more: Partial<Pick<Article, 'hashtags' | 'variants'>> = {},
): Promise<ApprovedContent> {
  const bytes = fs.readFileSync(path.join(here, '../../cms/seed/assets/cover-double12.jpg'))
  const cover = await createVerified(world, {
    collection: 'media',
    overrideAccess: true,
    data: { alt: '封面' },
    file: { data: bytes, mimetype: 'image/jpeg', name: `cover-${Date.now()}-${seq}.jpg`, size: bytes.length },
  })
  const body = `## 活动说明\n\n双12 会员日，全场满 199 减 30。\n\n![门店](/api/media/file/${encodeURIComponent(String('filename' in cover ? cover.filename : ''))})\n`
  const { id } = await createVerified(world, {
    collection: 'articles',
    overrideAccess: true,
    data: {
      title,
      body,
      digest: '会员日满减攻略',
      author: '张文案',
      cover: cover.id,
      status: 'approved',
      owner: world.team.copywriter.id,
      ...more,
    },
  })
  return { id, revision: await pinApprovedRevision(world, { collection: 'articles', id }) }
}

/**
 * A queued delivery of the approved item (`article`: an article, or a video when it says so) to the platform's
 * account; with `publishAt`, through a calendar entry holding that time (written directly, so the calendar's
 * own hooks stay out of these tests).
 */
export async function queuedDelivery(
  world: SchedulerWorld,
  args: { article: ApprovedContent; platform: FakedPlatform; publishAt?: Date },
): Promise<{ id: Id; entry: Id | null }> {
  const payload = world.db
  const content = { relationTo: args.article.collection ?? 'articles', value: args.article.id }
  let entry: Id | null = null
  if (args.publishAt) {
    const created = await payload.db.create({
      collection: 'calendar-entries',
      data: {
        title: '排期',
        content,
        account: world.accounts[args.platform],
        publishAt: args.publishAt.toISOString(),
        publishAt_tz: 'Asia/Shanghai',
        state: 'scheduled',
      },
    })
    entry = created.id as Id
  }
  const delivery = await createVerified(world, {
    collection: 'deliveries',
    overrideAccess: true,
    data: {
      content,
      account: world.accounts[args.platform],
      revision: args.article.revision,
      calendarEntry: entry,
      state: 'queued',
      attempts: 0,
    },
  })
  return { id: delivery.id, entry }
}

export async function moveEntry(world: SchedulerWorld, args: { entry: Id; publishAt: Date }): Promise<void> {
  await world.db.db.updateOne({ collection: 'calendar-entries', id: args.entry, data: { publishAt: args.publishAt.toISOString() } })
}

/** What the calendar's cancel does to the record (the scheduler only honours it). */
export async function setDeliveryState(world: SchedulerWorld, args: { id: Id; state: Delivery['state'] }): Promise<void> {
  await world.db.update({
    collection: 'deliveries',
    id: args.id,
    overrideAccess: true,
    disableTransaction: true,
    data: { state: args.state },
  })
}

/** The delivery as these tests read it: its json columns parsed (they are untyped in the collection). */
const storedDeliverySchema = z.object({
  id: z.union([z.string(), z.number()]),
  state: z.string(),
  attempts: z.number(),
  remoteIds: z
    .record(z.string(), z.string())
    .nullish()
    .transform((value) => value ?? null),
  lastError: z
    .object({ kind: z.string().optional(), message: z.string(), action: z.string() })
    .passthrough()
    .nullish()
    .transform((value) => value ?? null),
  url: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
})
export type StoredDelivery = z.infer<typeof storedDeliverySchema>

export async function readDelivery(world: SchedulerWorld, id: Id): Promise<StoredDelivery> {
  return storedDeliverySchema.parse(await world.db.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true }))
}

export async function waitForState(world: SchedulerWorld, args: { id: Id; states: string[]; timeoutMs: number }): Promise<StoredDelivery> {
  let last: StoredDelivery | null = null
  try {
    return await waitFor({
      what: `delivery ${args.id} to reach ${args.states.join('/')}`,
      timeoutMs: args.timeoutMs,
      check: async () => {
        last = await readDelivery(world, args.id)
        return args.states.includes(last.state) ? last : null
      },
    })
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; it is ${JSON.stringify(last)}`, { cause: error })
  }
}

export const jobKey = (platform: PlatformId, id: Id) => `cms:publish-${platform}:delivery-${id}`

/** Where each fake records a post (Douyin also records refused creates: only those with `error_code` 0 made an item). */
const POST_KIND: Record<FakedPlatform, string> = { wechat: 'publish', weibo: 'post', toutiao: 'video', douyin: 'create_video' }
const madePost = (entry: LedgerEntry) => entry.data.error_code === undefined || entry.data.error_code === 0

async function postsOf(world: SchedulerWorld, platform: FakedPlatform): Promise<LedgerEntry[]> {
  return (await world.control[platform].entries(POST_KIND[platform])).filter(madePost)
}

export const postCount = async (world: SchedulerWorld, platform: FakedPlatform) => (await postsOf(world, platform)).length

/** How long after its due time the fake received the post at `index` in its ledger (waiting for it). */
export async function receivedLate(world: SchedulerWorld, args: { platform: FakedPlatform; index: number; due: Date }): Promise<number> {
  const entries = await waitFor({
    what: `post #${args.index + 1} in the ${args.platform} ledger`,
    timeoutMs: 20_000,
    check: async () => {
      const found = await postsOf(world, args.platform)
      return found.length > args.index ? found : null
    },
  })
  return entries[args.index].at - args.due.getTime()
}

/** The newest delivery a calendar entry made, once it exists (the entry's save creates it right after committing). */
export async function deliveryOfEntry(world: SchedulerWorld, entry: Id): Promise<Id> {
  return waitFor({
    what: `the delivery of entry ${entry}`,
    timeoutMs: 10_000,
    check: async () => {
      const { docs } = await world.db.find({
        collection: 'deliveries',
        where: { calendarEntry: { equals: entry } },
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
        depth: 0,
      })
      return docs[0]?.id ?? null
    },
  })
}
