import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { PayloadRequest } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * 待发布（交给运营） on the home page (cms/admin/Home/loadAwaitingOperator.ts) and the package page's read
 * (cms/admin/Handoff/loadHandoff.ts), each with the person's own access: an operator sees the hand-offs
 * of the accounts assigned to them, editors every one; late = awaiting more than 2 h past the slot (or send).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const users: Record<string, Id> = {}
const deliveries: Record<string, Id> = {}
const HOUR = 60 * 60 * 1000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

async function reqOf(userId: Id): Promise<PayloadRequest> {
  const { createLocalReq } = await import('payload')
  const user = await cms.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
}

async function homeOf(userId: Id) {
  const { loadHome } = await import('../../cms/admin/Home/loadHome')
  return loadHome({ payload: cms.payload, req: await reqOf(userId), userId, now: new Date(), timeZone: 'Asia/Shanghai' })
}

async function handoffAs(userId: Id, id: Id) {
  const { loadHandoff } = await import('../../cms/admin/Handoff/loadHandoff')
  return loadHandoff({ req: await reqOf(userId), id: String(id) })
}

const PACKAGE = {
  platform: 'xiaohongshu',
  title: '春日穿搭',
  body: '三套通勤穿搭\n#春日穿搭 #通勤',
  topics: ['春日穿搭', '通勤'],
  media: [2, 1].map((position) => ({
    kind: 'image',
    position,
    url: `/api/deliveries/0/package/media/${position}`,
    filename: `${position}.jpg`,
    contentType: 'image/jpeg',
    width: 1080,
    height: 1440,
    source: { kind: 'media', id: `${position}.jpg` },
  })),
  checklist: ['打开小红书，点 ＋', '按顺序选图'],
}

/** A delivery waiting for the operator, due by its slot (`slotAt`) or, without one, by when it was sent. */
async function awaiting(args: { note: Id; account: Id; slotAt?: string; sentAt?: string; state?: string }): Promise<Id> {
  let calendarEntry: Id | undefined
  if (args.slotAt) {
    // Written as the database holds a slot whose time has passed (the hooks refuse a past time, and
    // scheduling is not under test here).
    const entry = await cms.payload.db.create({
      collection: 'calendar-entries',
      data: { content: { relationTo: 'notes', value: args.note }, account: args.account, publishAt: args.slotAt, state: 'published' },
    })
    calendarEntry = entry.id as Id
  }
  return makeDoc({
    payload: cms.payload,
    collection: 'deliveries',
    data: {
      content: { relationTo: 'notes', value: args.note },
      account: args.account,
      state: args.state ?? 'awaiting_operator',
      revision: '1',
      calendarEntry,
      sentAt: args.sentAt,
      package: PACKAGE,
    },
  })
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const account = (platform: string, name: string) =>
    makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform, name } })
  const mine = await account('xiaohongshu', '小红书一号')
  const theirs = await account('xiaohongshu', '小红书二号')
  const channels = await account('channels', '品牌视频号')
  const operator = (email: string, accounts: Id[]) =>
    cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: email.split('@')[0], role: 'operator', accounts },
    })
  users.operator = (await operator('operator@test.local', [mine])).id
  users.idle = (await operator('idle@test.local', [])).id
  const note = await makeDoc({
    payload: cms.payload,
    collection: 'notes',
    data: { title: '春日穿搭笔记', body: '正文', status: 'draft', owner: team.copywriter.id },
  })
  deliveries.mineLate = await awaiting({ note, account: mine, slotAt: ago(3 * HOUR), sentAt: ago(3 * HOUR) })
  deliveries.mineFresh = await awaiting({ note, account: mine, sentAt: ago(30 * 60 * 1000) })
  deliveries.theirsLate = await awaiting({ note, account: theirs, sentAt: ago(5 * HOUR) })
  deliveries.channelsFresh = await awaiting({ note, account: channels, slotAt: ago(HOUR) })
  deliveries.minePublished = await awaiting({ note, account: mine, sentAt: ago(6 * HOUR), state: 'published' })
})
after(async () => cms?.close())

describe('待发布（交给运营） on the home page', () => {
  test('an operator sees only the hand-offs of their own accounts, the late one flagged and first', async () => {
    const home = await homeOf(users.operator)
    assert.ok(home.awaitingOperator, 'operators have the section')
    assert.deepEqual(
      home.awaitingOperator.map((row) => [row.id, row.late]),
      [
        [deliveries.mineLate, true],
        [deliveries.mineFresh, false],
      ],
    )
    const late = home.awaitingOperator[0]
    assert.equal(late.accountName, '小红书一号')
    assert.equal(late.platform, 'xiaohongshu')
    assert.equal(late.item?.title, '春日穿搭笔记')
    assert.equal(late.item?.collection, 'notes')
  })

  test('an editor sees every account’s; late is measured from the slot, else from the send', async () => {
    const home = await homeOf(team.editor.id)
    const late = new Map(home.awaitingOperator?.map((row) => [row.id, row.late]))
    assert.deepEqual(
      [...late.keys()].sort(),
      [deliveries.mineLate, deliveries.mineFresh, deliveries.theirsLate, deliveries.channelsFresh].sort(),
      'published ones are not waiting',
    )
    assert.equal(late.get(deliveries.theirsLate), true, 'sent 5 h ago, no slot')
    assert.equal(late.get(deliveries.channelsFresh), false, 'slot 1 h ago: not yet late')
    assert.equal(late.get(deliveries.mineFresh), false)
    assert.equal(
      home.awaitingOperator?.slice(0, 2).every((row) => row.late),
      true,
      'late ones on top',
    )
  })

  test('an operator with no accounts has none; a copywriter has no such section', async () => {
    assert.deepEqual((await homeOf(users.idle)).awaitingOperator, [])
    assert.equal((await homeOf(team.copywriter.id)).awaitingOperator, null)
  })
})

describe('the package page’s read', () => {
  test('the operator reads their account’s package, media in posting order; another account’s is not theirs', async () => {
    const page = await handoffAs(users.operator, deliveries.mineLate)
    assert.ok(page, 'readable by the assigned operator')
    assert.equal(page.state, 'awaiting_operator')
    assert.equal(page.accountName, '小红书一号')
    assert.equal(page.pkg?.title, '春日穿搭')
    assert.deepEqual(
      page.pkg?.media.map((media) => media.position),
      [1, 2],
    )
    assert.equal(await handoffAs(users.operator, deliveries.theirsLate), null)
    assert.equal(await handoffAs(team.copywriter.id, deliveries.mineLate), null, 'writers do not read deliveries')
    assert.ok(await handoffAs(team.editor.id, deliveries.theirsLate), 'editors read every one')
  })
})
