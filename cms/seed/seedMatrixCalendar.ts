import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { addDays, zonedToUtc } from '../../lib/zonedTime'
import { scheduleEntryDelivery } from '../calendar/scheduleEntryDelivery'
import { APPROVED_STATES, type ReviewState } from '../workflow/reviewStates'
import { notePackage, publishedFields } from './demoHandoff'
import { DEMO_MATRIX_ACCOUNTS, type MatrixAccountKey } from './demoMatrixAccounts'
import type { DemoNote } from './demoMatrixContent'
import { DEMO_HANDOFFS, DEMO_MATRIX_UPCOMING, demoMatrixPosts } from './demoMatrixPlan'
import { MONTH_DAYS } from './demoMonthPlan'
import type { SeededPost } from './seedMetrics'
import type { SeededItem } from './seedMonth'

type Id = string | number
/** An item the matrix posts, with what its calendar slot needs. */
export type MatrixItem = SeededItem & { status: ReviewState; title: string }

type Slots = {
  payload: Payload
  timeZone: string
  today: string
  campaign: Id
  accounts: Record<MatrixAccountKey, Id>
  contentOf: (key: string) => MatrixItem
}

const PLATFORM_OF = new Map(DEMO_MATRIX_ACCOUNTS.map((account) => [account.key, account.platform]))
const REACH_OF = new Map(DEMO_MATRIX_ACCOUNTS.map((account) => [account.key, account.reach]))
/** How a slot of content not yet approved waits on the calendar (as planEntry decides it). */
const WAITING_STATE: Partial<Record<ReviewState, 'planned' | 'waiting_approval'>> = { in_review: 'waiting_approval' }
const QUARTER_HOUR_MS = 15 * 60_000

function timeOf(slots: Slots) {
  return (dayOffset: number, time: string, minutes = 0) =>
    new Date(
      zonedToUtc({ date: addDays(slots.today, dayOffset), time, timeZone: slots.timeZone }).getTime() + minutes * 60_000,
    ).toISOString()
}

/** A calendar slot as the calendar leaves it (written past planEntry, which refuses past times, and its hooks). */
async function writeEntry(args: {
  slots: Slots
  req?: PayloadRequest
  account: MatrixAccountKey
  publishAt: string
  key: string
  title?: string
  state: string
}): Promise<{ entryId: Id; item: MatrixItem }> {
  const { slots } = args
  const item = slots.contentOf(args.key)
  const doc = await slots.payload.db.create({
    collection: 'calendar-entries',
    req: args.req,
    data: {
      title: args.title ?? item.title,
      campaign: slots.campaign,
      content: { relationTo: item.collection, value: item.id },
      account: slots.accounts[args.account],
      publishAt: args.publishAt,
      publishAt_tz: slots.timeZone,
      state: args.state,
    },
  })
  return { entryId: doc.id as Id, item }
}

/**
 * The last month on the matrix accounts, as publishing left it: each post's slot and its published
 * delivery (link, remote ids; a 小红书 note's package too), and the two hand-offs still waiting for the
 * operator: yesterday evening's, late, and one whose slot was a moment ago. Written in one
 * transaction straight through the database adapter, with the fields the publishers and the hand-off
 * plumbing write (contracts.md), so `npm run up` stays quick. Returns the published posts.
 */
export async function writeMatrixMonth(
  args: Slots & {
    now: Date
    operator: Id
    notes: ReadonlyMap<string, DemoNote>
    /** Library file name of each note image (DEMO_NOTE_IMAGES name → stored name). */
    files: ReadonlyMap<string, string>
  },
): Promise<SeededPost[]> {
  const { payload, accounts, campaign } = args
  const at = timeOf(args)
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  const writeDelivery = async (data: Record<string, unknown>, noteKey: string | null): Promise<Id> => {
    const doc = await payload.db.create({ collection: 'deliveries', req, data })
    const note = noteKey === null ? undefined : args.notes.get(noteKey)
    if (note) {
      const files = note.images.map((name) => args.files.get(name) ?? name)
      const pkg = notePackage({ deliveryId: doc.id as Id, note, files })
      await payload.db.updateOne({ collection: 'deliveries', id: doc.id as Id, req, data: { package: pkg } })
    }
    return doc.id as Id
  }
  try {
    const posts: SeededPost[] = []
    for (const [serial, post] of demoMatrixPosts(MONTH_DAYS).entries()) {
      const platform = PLATFORM_OF.get(post.account) ?? 'xiaohongshu'
      const sentAt = at(post.dayOffset, post.time)
      // 小红书 and 视频号: the operator posted from the phone and pasted the link back a few minutes later.
      const publishedAt = at(post.dayOffset, post.time, platform === 'douyin' ? 3 : 12)
      const { entryId, item } = await writeEntry({
        slots: args,
        req,
        account: post.account,
        publishAt: sentAt,
        key: post.content.key,
        state: 'published',
      })
      const { url, remoteIds } = publishedFields({ platform, serial: serial + 1, operator: args.operator })
      const deliveryId = await writeDelivery(
        {
          content: { relationTo: item.collection, value: item.id },
          title: item.title,
          account: accounts[post.account],
          calendarEntry: entryId,
          revision: item.revision,
          state: 'published',
          attempts: 1,
          url,
          remoteIds,
          sentAt,
          publishedAt,
        },
        item.collection === 'notes' ? post.content.key : null,
      )
      posts.push({
        post: {
          platform,
          dayOffset: post.dayOffset,
          time: post.time,
          content: post.content,
          bundle: [],
          mode: null,
          titleVariant: null,
          weak: post.weak,
          reach: REACH_OF.get(post.account) ?? 1,
        },
        deliveryId,
        account: accounts[post.account],
        campaign,
        publishedAt,
        items: [{ relationTo: item.collection, value: item.id, owner: item.owner }],
      })
    }

    // The worker made each hand-off at its slot's time; the operator has not posted them yet.
    const dueToday = new Date(Math.floor(args.now.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString()
    const handoffs = [
      { ...DEMO_HANDOFFS.late, publishAt: at(DEMO_HANDOFFS.late.dayOffset, DEMO_HANDOFFS.late.time) },
      { ...DEMO_HANDOFFS.dueToday, publishAt: dueToday },
    ]
    for (const handoff of handoffs) {
      const { entryId, item } = await writeEntry({
        slots: args,
        req,
        account: handoff.account,
        publishAt: handoff.publishAt,
        key: handoff.content.key,
        state: 'publishing',
      })
      await writeDelivery(
        {
          content: { relationTo: item.collection, value: item.id },
          title: item.title,
          account: accounts[handoff.account],
          calendarEntry: entryId,
          revision: item.revision,
          state: 'awaiting_operator',
          attempts: 1,
          sentAt: handoff.publishAt,
        },
        handoff.content.key,
      )
    }
    if (shouldCommit) await commitTransaction(req)
    return posts
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** The week ahead: approved content is scheduled the way the calendar schedules it (a queued delivery and its job); the rest waits. */
export async function scheduleMatrixWeek(slots: Slots): Promise<void> {
  const at = timeOf(slots)
  for (const slot of DEMO_MATRIX_UPCOMING) {
    const item = slots.contentOf(slot.content.key)
    const approved = APPROVED_STATES.includes(item.status)
    const { entryId } = await writeEntry({
      slots,
      account: slot.account,
      publishAt: at(slot.dayOffset, slot.time),
      key: slot.content.key,
      title: slot.title,
      state: approved ? 'planned' : (WAITING_STATE[item.status] ?? 'planned'),
    })
    if (approved) await scheduleEntryDelivery({ payload: slots.payload, entryId })
  }
}
