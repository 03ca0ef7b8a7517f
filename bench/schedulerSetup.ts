import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import type { PlatformId } from '../lib/platforms'

type Id = string | number
export type Planned = { platform: PlatformId; content: { relationTo: 'articles' | 'videos'; value: Id }; revision: string }

const here = path.dirname(fileURLToPath(import.meta.url))

async function pinnedRevision(payload: Payload, collection: 'articles' | 'videos', id: Id): Promise<string> {
  const versions = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    limit: 1,
    sort: '-createdAt',
    overrideAccess: true,
  })
  const revision = String(versions.docs[0].id)
  await payload.db.updateOne({ collection, id, data: { approvedVersion: revision, status: 'approved' } })
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

async function upload(args: { payload: Payload; bytes: Buffer; mimetype: string; name: string }): Promise<Id> {
  const doc = await args.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: args.name },
    file: { data: args.bytes, mimetype: args.mimetype, name: args.name, size: args.bytes.length },
  })
  return doc.id
}

type Made = { value: Id; revision: string }
/** The bench's media: a cover (also the body image) and a short clip, uploaded once. */
type BenchMedia = { cover: Id; coverFile: string; clip: Id }

async function benchMedia(payload: Payload): Promise<BenchMedia> {
  const coverBytes = fs.readFileSync(path.join(here, '../cms/seed/assets/cover-double12.jpg'))
  const cover = await upload({ payload, bytes: coverBytes, mimetype: 'image/jpeg', name: 'bench-cover.jpg' })
  const coverFile = String((await payload.findByID({ collection: 'media', id: cover, depth: 0, overrideAccess: true })).filename)
  const clip = await upload({ payload, bytes: mp4File(64 * 1024), mimetype: 'video/mp4', name: 'bench-clip.mp4' })
  return { cover, coverFile, clip }
}

/** An approved article with a cover and one body image, pinned at its revision. */
async function approvedArticle(args: { payload: Payload; media: BenchMedia; title: string }): Promise<Made> {
  const { payload, media, title } = args
  const body = `## ${title}\n\n双12 会员日，全场满 199 减 30，门店与小程序同步开启。\n\n![门店](/api/media/file/${encodeURIComponent(media.coverFile)})\n`
  const doc = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { title, body, digest: '会员日满减攻略', author: '基准', cover: media.cover } as never,
  })
  return { value: doc.id, revision: await pinnedRevision(payload, 'articles', doc.id) }
}

/**
 * Approved content for `total` deliveries, a third per platform: WeChat articles with a cover and a
 * body image (a few articles, each delivered many times), one Weibo article per delivery (Weibo
 * refuses the same text twice in a row), Toutiao videos (a small MP4 each upload).
 */
export async function planDeliveries(args: { payload: Payload; total: number }): Promise<Planned[]> {
  const { payload, total } = args
  const media = await benchMedia(payload)
  const perPlatform = { wechat: Math.ceil(total / 3), weibo: Math.ceil((total - Math.ceil(total / 3)) / 2), toutiao: 0 }
  perPlatform.toutiao = total - perPlatform.wechat - perPlatform.weibo

  const article = (title: string) => approvedArticle({ payload, media, title })
  const planned: Planned[] = []
  const plan = (platform: PlatformId, relationTo: 'articles' | 'videos', made: Made): Planned => ({
    platform,
    content: { relationTo, value: made.value },
    revision: made.revision,
  })
  const wechatArticles = await Promise.all([1, 2, 3, 4, 5].map((n) => article(`公众号基准 ${n}`)))
  for (let i = 0; i < perPlatform.wechat; i += 1) planned.push(plan('wechat', 'articles', wechatArticles[i % 5]))
  for (let i = 0; i < perPlatform.weibo; i += 1) planned.push(plan('weibo', 'articles', await article(`微博基准 ${i + 1}`)))
  const videos = []
  for (const n of [1, 2, 3]) {
    const doc = await payload.create({
      collection: 'videos',
      overrideAccess: true,
      data: { title: `头条视频基准 ${n}`, description: '门店探访', file: media.clip, cover: media.cover } as never,
    })
    videos.push({ value: doc.id, revision: await pinnedRevision(payload, 'videos', doc.id) })
  }
  for (let i = 0; i < perPlatform.toutiao; i += 1) planned.push(plan('toutiao', 'videos', videos[i % 3]))
  return planned
}

/** One 群发 (多图文): the lead and the 次条 after it, each approved and pinned. */
export type MassPush = { lead: Made; bundle: Made[] }

/** The articles of the mass-send case: each push is a lead and `articles - 1` 次条, a set of its own per push. */
export async function planMassPushes(args: { payload: Payload; pushes: number; articles: number }): Promise<MassPush[]> {
  const media = await benchMedia(args.payload)
  const pushes: MassPush[] = []
  for (let p = 1; p <= args.pushes; p += 1) {
    const made: Made[] = []
    for (let a = 1; a <= args.articles; a += 1)
      made.push(await approvedArticle({ payload: args.payload, media, title: `群发基准 ${p}-${a}${a === 1 ? ' 头条' : ' 次条'}` }))
    pushes.push({ lead: made[0], bundle: made.slice(1) })
  }
  return pushes
}

/** One 群发 slot and its queued delivery per account, all at `due` (mode `mass`, to all followers). */
export async function createMassDeliveries(args: { payload: Payload; accounts: Id[]; pushes: MassPush[]; due: Date }): Promise<Id[]> {
  const created: Id[] = []
  for (const [index, account] of args.accounts.entries()) {
    const push = args.pushes[index % args.pushes.length]
    const content = { relationTo: 'articles' as const, value: push.lead.value }
    const entry = await args.payload.db.create({
      collection: 'calendar-entries',
      data: {
        title: '群发基准',
        content,
        account,
        bundle: push.bundle.map((made) => made.value),
        mode: 'mass',
        publishAt: args.due.toISOString(),
        publishAt_tz: 'Asia/Shanghai',
        state: 'scheduled',
      },
    })
    const delivery = await args.payload.db.create({
      collection: 'deliveries',
      data: {
        content,
        account,
        revision: push.lead.revision,
        // Array rows need their ids when written below Payload's create (which would make them).
        bundle: push.bundle.map((made) => ({ id: randomBytes(12).toString('hex'), article: made.value, revision: made.revision })),
        mode: 'mass',
        calendarEntry: entry.id,
        state: 'queued',
        attempts: 0,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      },
    })
    created.push(delivery.id as Id)
  }
  return created
}

/** One calendar entry at `due` and its queued delivery per plan (the calendar's hooks are not under test here). */
export async function createDeliveries(args: {
  payload: Payload
  planned: Planned[]
  accounts: Partial<Record<PlatformId, Id>>
  due: Date
}): Promise<{ id: Id; platform: PlatformId }[]> {
  const created: { id: Id; platform: PlatformId }[] = []
  for (const plan of args.planned) {
    const account = args.accounts[plan.platform]
    if (account === undefined) throw new Error(`no bench account for ${plan.platform}`)
    const entry = await args.payload.db.create({
      collection: 'calendar-entries',
      data: {
        title: '基准',
        content: plan.content,
        account,
        publishAt: args.due.toISOString(),
        publishAt_tz: 'Asia/Shanghai',
        state: 'scheduled',
      },
    })
    const delivery = await args.payload.db.create({
      collection: 'deliveries',
      data: {
        content: plan.content,
        account,
        revision: plan.revision,
        calendarEntry: entry.id,
        state: 'queued',
        attempts: 0,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      },
    })
    created.push({ id: delivery.id as Id, platform: plan.platform })
  }
  return created
}
