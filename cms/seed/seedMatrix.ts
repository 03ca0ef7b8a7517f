import type { Payload } from 'payload'
import { APPROVED_STATES } from '../workflow/reviewStates'
import { DEMO_MATRIX_ACCOUNTS, type MatrixAccountKey } from './demoMatrixAccounts'
import { DEMO_COMMENTS, DEMO_NOTES, DEMO_PRODUCER_VIDEOS, type DemoNote } from './demoMatrixContent'
import { MONTH_VIDEOS } from './demoMonthContent'
import { DEMO_NOTE_IMAGES, renderNoteImage } from './demoNoteImages'
import { pinApproval } from './pinApproval'
import { scheduleMatrixWeek, writeMatrixMonth, type MatrixItem } from './seedMatrixCalendar'
import type { SeededPost } from './seedMetrics'
import type { SeededItem } from './seedMonth'

type Id = string | number
const base = { overrideAccess: true } as const

/** The matrix accounts (抖音, four 小红书, 视频号), by key. */
export async function seedMatrixAccounts(payload: Payload): Promise<Record<MatrixAccountKey, Id>> {
  const ids: Partial<Record<MatrixAccountKey, Id>> = {}
  for (const { key, platform, name, settings, credentials } of DEMO_MATRIX_ACCOUNTS) {
    const doc = await payload.create({ ...base, collection: 'platform-accounts', data: { platform, name, settings, credentials } })
    ids[key] = doc.id
  }
  return ids as Record<MatrixAccountKey, Id>
}

/**
 * The matrix's month: note photos, 图文笔记 and the 编导's videos (分镜, stages, teammates' comments),
 * a calendar entry for every post of the last month on the matrix accounts with its published
 * delivery, two hand-offs waiting for the operator (one late) and the week ahead. Deliveries and
 * packages are written as the publishers and the hand-off plumbing leave them (contracts.md), so the
 * demo does not wait for a real publish. Returns the published posts, whose numbers seedMetrics writes.
 */
export async function seedDemoMatrix(args: {
  payload: Payload
  timeZone: string
  today: string
  now: Date
  users: Record<string, Id>
  accounts: Record<MatrixAccountKey, Id>
  campaign: Id
  /** The month's store videos (cross-posted to 抖音). */
  monthItems: ReadonlyMap<string, SeededItem>
}): Promise<SeededPost[]> {
  const { payload, users, accounts, campaign } = args
  const rendered = await Promise.all(DEMO_NOTE_IMAGES.map((image) => renderNoteImage({ payload, image })))
  const media = new Map<string, Id>()
  const files = new Map<string, string>()
  for (const [index, image] of DEMO_NOTE_IMAGES.entries()) {
    const data = rendered[index]
    const doc = await payload.create({
      ...base,
      collection: 'media',
      data: { alt: image.alt, owner: users.designer, ...(image.focal ? { focalX: image.focal.x, focalY: image.focal.y } : {}) },
      file: { data, mimetype: 'image/jpeg', name: image.name, size: data.length },
    })
    media.set(image.name, doc.id)
    files.set(image.name, String(doc.filename))
  }
  const mediaId = (name: string): Id => {
    const id = media.get(name)
    if (id === undefined) throw new Error(`demo matrix: no image ${name}`)
    return id
  }

  const items = new Map<string, MatrixItem>()
  const notes = new Map<string, DemoNote>()
  for (const note of DEMO_NOTES) {
    const doc = await payload.create({
      ...base,
      collection: 'notes',
      data: {
        title: note.title,
        body: note.body,
        topics: note.topics,
        images: note.images.map(mediaId),
        status: note.status,
        campaign,
        owner: users[note.owner],
      },
    })
    const revision = APPROVED_STATES.includes(note.status)
      ? await pinApproval({ payload, collection: 'notes', id: doc.id, users, published: note.status === 'published' })
      : null
    items.set(note.key, { collection: 'notes', id: doc.id, revision, owner: users[note.owner], status: note.status, title: note.title })
    notes.set(note.key, note)
  }
  for (const video of DEMO_PRODUCER_VIDEOS) {
    const doc = await payload.create({
      ...base,
      collection: 'videos',
      data: {
        title: video.title,
        description: video.description,
        topics: video.topics,
        cover: mediaId(video.cover),
        stage: video.stage,
        script: video.script,
        status: video.status,
        campaign,
        owner: users.video_producer,
      },
    })
    const revision = APPROVED_STATES.includes(video.status)
      ? await pinApproval({ payload, collection: 'videos', id: doc.id, users, published: video.status === 'published' })
      : null
    items.set(video.key, {
      collection: 'videos',
      id: doc.id,
      revision,
      owner: users.video_producer,
      status: video.status,
      title: video.title,
    })
  }
  for (const comment of DEMO_COMMENTS) {
    const video = itemOf(items, comment.video)
    await payload.create({
      ...base,
      collection: 'comments',
      data: { doc: { relationTo: 'videos', value: video.id }, body: comment.body, author: users[comment.author] },
    })
  }
  const contentOf = (key: string) => items.get(key) ?? monthItem(args.monthItems, key)

  const slots = { payload, timeZone: args.timeZone, today: args.today, campaign, accounts, contentOf }
  const posts = await writeMatrixMonth({ ...slots, now: args.now, operator: users.operator, notes, files })
  await scheduleMatrixWeek(slots)
  return posts
}

function itemOf<T>(items: ReadonlyMap<string, T>, key: string): T {
  const item = items.get(key)
  if (item === undefined) throw new Error(`demo matrix: no item ${key}`)
  return item
}

/** A store video of the month, cross-posted to 抖音 (published, like every item of the month). */
function monthItem(items: ReadonlyMap<string, SeededItem>, key: string): MatrixItem {
  return { ...itemOf(items, key), status: 'published', title: MONTH_VIDEOS.find((video) => video.key === key)?.title ?? key }
}
