import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { PayloadRequest } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/** The home page's data per role, read with each person's own access (cms/admin/Home/loadHome.ts). */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let otherWriter: Id
let account: Id
const ids: Record<string, Id> = {}
const TIME_ZONE = 'Asia/Shanghai'

async function homeOf(userId: Id) {
  const { createLocalReq } = await import('payload')
  const { loadHome } = await import('../../cms/admin/Home/loadHome')
  const user = await cms.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  const req: PayloadRequest = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
  return loadHome({ payload: cms.payload, req, userId, now: new Date(), timeZone: TIME_ZONE })
}

const article = (title: string, owner: Id, status = 'draft') =>
  makeDoc({ payload: cms.payload, collection: 'articles', data: { title, body: '干净的正文', status, owner } })

/** A slot later today (team zone), so it is both today's and this week's. */
async function slotToday(content: Id): Promise<{ id: Id; publishAt: string }> {
  const { weekRange } = await import('../../cms/admin/Home/weekRange')
  const range = weekRange({ now: new Date(), timeZone: TIME_ZONE })
  const publishAt = new Date((Date.now() + new Date(range.tomorrowStart).getTime()) / 2).toISOString()
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'calendar-entries',
    data: { content: { relationTo: 'articles', value: content }, account, publishAt },
  })
  return { id, publishAt }
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  otherWriter = (
    await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'writer2@test.local', password: PASSWORD, name: '另一位文案', role: 'copywriter' },
    })
  ).id
  account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌公众号' } })
  ids.mine = await article('我的草稿', team.copywriter.id)
  ids.theirs = await article('别人的草稿', otherWriter)
  ids.sentBack = await article('被退回的稿', team.copywriter.id, 'changes_requested')
  ids.submitted = await article('等审核的稿', team.copywriter.id)
  ids.editorsOwn = await article('编辑自己的稿', team.editor.id, 'in_review')
  const token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  const submitted = await api({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${ids.submitted}/transition`,
    token,
    body: { event: 'submit' },
  })
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body))
})
after(async () => cms?.close())

describe('a copywriter’s home', () => {
  test('shows their own drafts with review states, never another writer’s', async () => {
    const home = await homeOf(team.copywriter.id)
    const titles = home.drafts.map((item) => item.title)
    assert.ok(titles.includes('我的草稿'))
    assert.ok(titles.includes('等审核的稿'))
    assert.equal(home.drafts.find((item) => item.title === '被退回的稿')?.status, 'changes_requested')
    assert.ok(!titles.includes('别人的草稿'), 'another copywriter’s draft is not on my home page')
    const other = await homeOf(otherWriter)
    assert.deepEqual(
      other.drafts.map((item) => item.title),
      ['别人的草稿'],
    )
  })

  test('has no review queue or hand-offs, and only the slots of their own items', async () => {
    const mineSlot = await slotToday(ids.mine)
    await slotToday(ids.theirs)
    const home = await homeOf(team.copywriter.id)
    assert.equal(home.reviewQueue, null)
    assert.equal(home.handoffs, null)
    assert.deepEqual(
      home.slotsToday.map((slot) => slot.item?.title),
      ['我的草稿'],
    )
    assert.equal(home.slotsToday[0].accountName, '品牌公众号')
    assert.equal(home.slotsToday[0].publishAt, mineSlot.publishAt)
    const editorHome = await homeOf(team.editor.id)
    const editorSees = editorHome.slotsToday.map((slot) => slot.item?.title).sort()
    assert.deepEqual(editorSees, ['别人的草稿', '我的草稿'], 'editors see every account’s slots')
  })
})

describe('待我审核', () => {
  test('rows carry the submitter, when it was submitted and the earliest slot as due date; an editor’s own work is not theirs to review', async () => {
    const due = await slotToday(ids.submitted)
    const home = await homeOf(team.editor.id)
    assert.ok(home.reviewQueue)
    const row = home.reviewQueue.find((item) => item.title === '等审核的稿')
    assert.ok(row, JSON.stringify(home.reviewQueue))
    assert.equal(row.submitter, 'copywriter')
    assert.ok(Date.now() - new Date(row.submittedAt).getTime() < 120_000, row.submittedAt)
    assert.equal(row.due, due.publishAt)
    assert.ok(!home.reviewQueue.some((item) => item.title === '编辑自己的稿'))

    const adminHome = await homeOf(team.admin.id)
    const editorsOwn = adminHome.reviewQueue?.find((item) => item.title === '编辑自己的稿')
    assert.ok(editorsOwn, 'an admin reviews everyone’s')
    assert.equal(editorsOwn.submitter, 'editor', 'with no 提交审核 in the log, the owner')
    assert.equal(editorsOwn.due, null)
  })
})

describe('hand-offs and failures', () => {
  test('editors see deliveries waiting to be posted by hand and failed ones; a copywriter sees the failures they were told of', async () => {
    const approved = await article('手动发布的稿', team.copywriter.id, 'approved')
    const manual = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: { content: { relationTo: 'articles', value: approved }, account, state: 'manual', revision: '1' },
    })
    const failed = await makeDoc({
      payload: cms.payload,
      collection: 'deliveries',
      data: {
        content: { relationTo: 'articles', value: approved },
        account,
        state: 'failed',
        revision: '1',
        lastError: { kind: 'auth', message: '公众号凭证已失效', action: '请管理员重新授权' },
      },
    })
    await cms.payload.create({
      collection: 'notifications',
      overrideAccess: true,
      data: {
        recipient: team.copywriter.id,
        kind: 'delivery_failed',
        message: '「手动发布的稿」发布到「品牌公众号」：发布失败。',
        read: false,
        doc: { relationTo: 'articles', value: approved },
      },
    })
    const editorHome = await homeOf(team.editor.id)
    assert.deepEqual(
      editorHome.handoffs?.map((row) => row.id),
      [manual],
    )
    const failure = editorHome.failures?.find((row) => row.id === failed)
    assert.ok(failure)
    assert.equal(failure.item?.title, '手动发布的稿')
    assert.equal(failure.accountName, '品牌公众号')
    assert.equal(failure.lastError?.action, '请管理员重新授权')

    const writerHome = await homeOf(team.copywriter.id)
    assert.equal(writerHome.failures, null)
    assert.deepEqual(
      writerHome.failureNotes.map((note) => note.message),
      ['「手动发布的稿」发布到「品牌公众号」：发布失败。'],
    )
  })
})

test('this week’s numbers are read for every role', async () => {
  for (const id of [team.copywriter.id, team.editor.id]) {
    const home = await homeOf(id)
    assert.ok(home.numbers, 'numbers load')
    assert.equal(home.numbers.posts, 0)
    assert.equal(home.numbers.readers, null)
  }
})
