import type { Client, InStatement } from '@libsql/client'
import type { Payload } from 'payload'
import { addDays } from '../lib/zonedTime'
import { createRandom } from '../tests/helpers/seededRandom'

type Id = string | number
export type SeededWorld = {
  accounts: { id: Id; platform: string }[]
  campaigns: { id: Id; from: string; to: string }[]
  postRows: number
  accountRows: number
  deliveries: number
}

/** Per platform: the numbers its posts report (WeChat people, Toutiao plays, Weibo only counts). */
const PLATFORM_SHAPES = [
  { platform: 'wechat', kind: 'article' },
  { platform: 'weibo', kind: 'article' },
  { platform: 'toutiao', kind: 'video' },
] as const

const CHUNK = 400
const HOUR_MS = 3_600_000

/** When the collector would have written a day's numbers: 09:00 Beijing the day after, and never later than an hour ago. */
function fetchedAt(date: string): string {
  const next = Date.parse(`${addDays(date, 1)}T09:00:00+08:00`)
  return new Date(Math.min(next, Date.now() - HOUR_MS)).toISOString()
}

/** Multi-row INSERTs in one write transaction: seeding is not what the bench measures. */
async function insertRows(args: { client: Client; table: string; columns: string[]; rows: unknown[][] }): Promise<void> {
  const statements: InStatement[] = []
  for (let start = 0; start < args.rows.length; start += CHUNK) {
    const chunk = args.rows.slice(start, start + CHUNK)
    const placeholders = chunk.map(() => `(${args.columns.map(() => '?').join(',')})`).join(',')
    statements.push({
      sql: `INSERT INTO ${args.table} (${args.columns.map((c) => `"${c}"`).join(',')}) VALUES ${placeholders}`,
      args: chunk.flat() as never,
    })
  }
  await args.client.batch(statements, 'write')
}

/**
 * 100 accounts (a third each WeChat, Weibo, Toutiao), each publishing once a day for a year up to
 * `lastDay`; every post gets numbers on its day and the two after (≈ 110k post-metrics rows), each
 * account a followers row per day. The few documents rows point to are made through the Local API;
 * the bulk rows go straight into the migrated tables.
 */
export async function seedAnalytics(args: { payload: Payload; lastDay: string; accounts?: number; days?: number }): Promise<SeededWorld> {
  const { payload, lastDay } = args
  const accountCount = args.accounts ?? 100
  const days = args.days ?? 365
  const firstDay = addDays(lastDay, -(days - 1))
  const random = createRandom(13)
  const client = (payload.db as unknown as { client: Client }).client

  const authors: Id[] = []
  for (let i = 0; i < 10; i++) {
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `author${i}@bench.local`, password: 'bench-pass-2026', name: `作者${i}`, role: i % 2 ? 'designer' : 'copywriter' },
    })
    authors.push(user.id)
  }
  const campaigns: SeededWorld['campaigns'] = []
  for (let start = firstDay; start <= lastDay; start = addDays(start, 30)) {
    const doc = await payload.create({ collection: 'campaigns', overrideAccess: true, data: { name: `活动 ${start}` } })
    campaigns.push({ id: doc.id, from: start, to: addDays(start, 29) < lastDay ? addDays(start, 29) : lastDay })
  }
  const contents: Record<'article' | 'video', { id: Id; author: Id }[]> = { article: [], video: [] }
  for (let i = 0; i < 20; i++) {
    for (const kind of ['article', 'video'] as const) {
      const author = authors[i % authors.length]
      const doc = await payload.create({
        collection: kind === 'article' ? 'articles' : 'videos',
        overrideAccess: true,
        data: { title: `基准内容 ${kind} ${i}`, owner: author } as never,
      })
      contents[kind].push({ id: doc.id, author })
    }
  }
  const accounts: SeededWorld['accounts'] = []
  for (let i = 0; i < accountCount; i++) {
    const shape = PLATFORM_SHAPES[i % PLATFORM_SHAPES.length]
    const doc = await payload.create({
      collection: 'platform-accounts',
      overrideAccess: true,
      data: { platform: shape.platform, name: `账号 ${i + 1}` },
    })
    accounts.push({ id: doc.id, platform: shape.platform })
  }

  const deliveries: unknown[][] = []
  const postRows: unknown[][] = []
  const rels: unknown[][] = []
  const accountRows: unknown[][] = []
  let deliveryId = 1
  let rowId = 1
  accounts.forEach((account, index) => {
    const shape = PLATFORM_SHAPES[index % PLATFORM_SHAPES.length]
    const scale = 200 + random.int(3000)
    let followers = 5000 + random.int(50_000)
    for (let day = 0; day < days; day++) {
      const date = addDays(firstDay, day)
      const hour = (index * 7 + random.int(14)) % 24
      const publishedAt = new Date(Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`)).toISOString()
      const content = random.pick(contents[shape.kind])
      const campaign = campaigns[Math.floor(day / 30)]?.id ?? null
      deliveries.push([deliveryId, account.id, 'published', publishedAt])
      const weak = random.next() < 0.05 ? 0.2 : 1
      for (let age = 0; age < 3 && day + age < days; age++) {
        const base = Math.round(scale * weak * (age === 0 ? 1 : age === 1 ? 0.4 : 0.1) * (0.7 + random.next() * 0.6))
        const metricDate = addDays(date, age)
        const readers = shape.platform === 'wechat' ? base : null
        const plays = shape.platform === 'toutiao' ? base * 3 : null
        const likes = Math.round(base * 0.05)
        postRows.push([
          rowId,
          deliveryId,
          1,
          metricDate,
          readers,
          readers === null ? null : Math.round(readers * 1.3),
          plays,
          shape.platform === 'weibo' ? null : Math.round(base * 0.02),
          likes,
          shape.platform === 'wechat' ? Math.round(base * 0.01) : null,
          Math.round(base * 0.005),
          shape.platform === 'weibo' ? Math.round(base * 0.01) : null,
          'api',
          1,
          `${deliveryId}:1:${metricDate}`,
          account.id,
          shape.platform,
          campaign,
          shape.kind,
          content.author,
          publishedAt,
          fetchedAt(metricDate),
        ])
        rels.push([rowId, 1, 'content', shape.kind === 'article' ? content.id : null, shape.kind === 'video' ? content.id : null])
        rowId++
      }
      const gained = random.int(60)
      const lost = random.int(30)
      followers += gained - lost
      accountRows.push([account.id, date, gained, lost, followers, 'api', 1, `${account.id}:${date}`, shape.platform])
      deliveryId++
    }
  })
  await insertRows({ client, table: 'deliveries', columns: ['id', 'account_id', 'state', 'published_at'], rows: deliveries })
  await insertRows({
    client,
    table: 'post_metrics',
    columns: [
      'id',
      'delivery_id',
      'position',
      'date',
      'readers',
      'reads',
      'plays',
      'shares',
      'likes',
      'wows',
      'comments',
      'reposts',
      'source',
      'final',
      'key',
      'account_id',
      'platform',
      'campaign_id',
      'content_type',
      'author_id',
      'published_at',
      'updated_at',
    ],
    rows: postRows,
  })
  await insertRows({ client, table: 'post_metrics_rels', columns: ['parent_id', 'order', 'path', 'articles_id', 'videos_id'], rows: rels })
  await insertRows({
    client,
    table: 'account_metrics',
    columns: ['account_id', 'date', 'new_followers', 'lost_followers', 'followers', 'source', 'final', 'key', 'platform'],
    rows: accountRows,
  })
  return { accounts, campaigns, postRows: postRows.length, accountRows: accountRows.length, deliveries: deliveries.length }
}
