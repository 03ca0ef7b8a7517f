import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Expectations written from the issues: owners submit their own work; editors and admins approve,
 * request changes (comment required), unschedule, archive and reopen; nobody but an admin approves
 * their own work. Scheduling, publishing and the return to review after an edit are the system's
 * moves (issue #10): nobody fires them through the endpoint, admins included.
 */
const FROM: Record<string, string[]> = {
  submit: ['draft', 'changes_requested'],
  approve: ['in_review'],
  request_changes: ['in_review', 'approved'],
  schedule: ['approved'],
  unschedule: ['scheduled'],
  archive: ['draft', 'changes_requested', 'in_review', 'approved', 'published'],
  reopen: ['archived', 'published'],
  published: ['approved', 'scheduled'],
  edited_after_approval: ['approved', 'scheduled'],
  edited_after_publishing: ['published'],
}
const SYSTEM_EVENTS = ['schedule', 'published', 'edited_after_approval', 'edited_after_publishing']
const TO: Record<string, string> = {
  submit: 'in_review',
  approve: 'approved',
  request_changes: 'changes_requested',
  schedule: 'scheduled',
  unschedule: 'approved',
  archive: 'archived',
  reopen: 'draft',
}
const STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived']
type Actor = 'owner' | 'otherWriter' | 'designer' | 'editor' | 'admin'
function expectedAllowed(event: string, state: string, actor: Actor): boolean {
  if (SYSTEM_EVENTS.includes(event) || !FROM[event].includes(state)) return false
  if (event === 'submit') return actor === 'owner' || actor === 'admin'
  return actor === 'editor' || actor === 'admin'
}

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}

async function transition(args: { collection?: string; id: Id; token: string; event: string; comment?: string; acknowledge?: string }) {
  return api<Record<string, unknown> & { errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/${args.collection ?? 'articles'}/${args.id}/transition`,
    token: args.token,
    body: { event: args.event, comment: args.comment, acknowledge: args.acknowledge },
  })
}
const logsFor = async (id: Id) =>
  (
    await cms.payload.find({
      collection: 'review-logs',
      overrideAccess: true,
      where: { 'doc.value': { equals: id } },
      sort: 'at',
      depth: 0,
    })
  ).docs

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'writer2@test.local', password: PASSWORD, name: '另一位文案', role: 'copywriter' },
  })
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  tokens.otherWriter = await login({ url: cms.url, email: 'writer2@test.local', password: PASSWORD })
  for (const [word, severity, replacement] of [
    ['稳赚', 'block', null],
    ['顶级', 'review', '高品质'],
  ] as const) {
    await cms.payload.create({
      collection: 'sensitive-words',
      overrideAccess: true,
      data: { word, severity, category: 'test', replacement, enabled: true },
    })
  }
})
after(async () => cms?.close())

describe('every event × state × role', () => {
  const actorToken: Record<Actor, () => string> = {
    owner: () => tokens.copywriter,
    otherWriter: () => tokens.otherWriter,
    designer: () => tokens.designer,
    editor: () => tokens.editor,
    admin: () => tokens.admin,
  }
  for (const event of Object.keys(FROM)) {
    for (const state of STATES) {
      for (const actor of Object.keys(actorToken) as Actor[]) {
        const allowed = expectedAllowed(event, state, actor)
        test(`${actor} ${event} from ${state}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const id = await makeDoc({
            payload: cms.payload,
            collection: 'articles',
            data: { title: '走查', body: '干净的正文', status: state, owner: team.copywriter.id },
          })
          const reply = await transition({ id, token: actorToken[actor](), event, comment: '请补充产地信息' })
          const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
          const logs = await logsFor(id)
          if (allowed) {
            assert.equal(reply.status, 200, JSON.stringify(reply.body))
            assert.equal(stored?.status, TO[event])
            assert.equal(logs.length, 1)
            assert.equal(logs[0].event, event)
          } else {
            assert.ok([400, 403].includes(reply.status), `status ${reply.status}`)
            assert.ok(String(reply.body.errors?.[0]?.message ?? '').length > 4, 'a message says why')
            assert.equal(stored?.status, state, 'a refused transition changes nothing')
            assert.equal(logs.length, 0)
          }
        })
      }
    }
  }
})

describe('the rules that matter most', () => {
  test('nobody but an admin approves their own work', async () => {
    const byEditor = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '编辑自己的稿', status: 'in_review', owner: team.editor.id },
    })
    const refused = await transition({ id: byEditor, token: tokens.editor, event: 'approve' })
    assert.equal(refused.status, 403)
    assert.match(String(refused.body.errors?.[0]?.message), /自己/)
    const byAdmin = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '管理员自己的稿', status: 'in_review', owner: team.admin.id },
    })
    assert.equal((await transition({ id: byAdmin, token: tokens.admin, event: 'approve' })).status, 200)
  })

  test('a blocking word stops submit, naming the word, and changes nothing', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '理财', body: '这款产品稳**赚**不赔', owner: team.copywriter.id },
    })
    const reply = await transition({ id, token: tokens.copywriter, event: 'submit' })
    assert.equal(reply.status, 400)
    assert.match(String(reply.body.errors?.[0]?.message), /稳赚/)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, 'draft')
    assert.equal((await logsFor(id)).length, 0)
  })

  test('a review word lets an editor approve only with a written acknowledgement, kept in the log', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '顶级面包', body: '选用顶级黄油', status: 'in_review', owner: team.copywriter.id },
    })
    const refused = await transition({ id, token: tokens.editor, event: 'approve' })
    assert.equal(refused.status, 400)
    assert.match(String(refused.body.errors?.[0]?.message), /顶级.*风险确认说明/)
    const ok = await transition({ id, token: tokens.editor, event: 'approve', acknowledge: '黄油为进口高端线，法务已确认' })
    assert.equal(ok.status, 200)
    const [log] = await logsFor(id)
    assert.equal(log.acknowledge, '黄油为进口高端线，法务已确认')
  })

  test('request changes needs a comment and tells the author', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '待改', status: 'in_review', owner: team.copywriter.id },
    })
    assert.equal((await transition({ id, token: tokens.editor, event: 'request_changes' })).status, 400)
    assert.equal((await transition({ id, token: tokens.editor, event: 'request_changes', comment: '第二段缺少活动时间' })).status, 200)
    const notes = await cms.payload.find({
      collection: 'notifications',
      overrideAccess: true,
      where: { recipient: { equals: team.copywriter.id } },
    })
    assert.ok(notes.docs.some((n) => String(n.message).includes('第二段缺少活动时间')))
  })

  test('approval pins the exact revision, and submit carries the latest draft', async () => {
    const created = await api<{ doc: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/articles?draft=true',
      token: tokens.copywriter,
      body: { title: '初稿', body: '第一版' },
    })
    const id = created.body.doc.id
    await api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/articles/${id}?draft=true`,
      token: tokens.copywriter,
      body: { body: '第二版（自动保存）' },
    })
    assert.equal((await transition({ id, token: tokens.copywriter, event: 'submit' })).status, 200)
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.body, '第二版（自动保存）')
    const approved = await transition({ id, token: tokens.editor, event: 'approve' })
    assert.equal(approved.status, 200)
    const pinned = String(approved.body.approvedVersion)
    const version = await cms.payload.findVersionByID({ collection: 'articles', id: pinned, overrideAccess: true })
    assert.equal(version.parent, id)
    assert.equal(version.version.body, '第二版（自动保存）')
    assert.equal(version.version.status, 'approved')
  })

  for (const mode of ['save', 'draft autosave'] as const) {
    test(`an edit after approval (${mode}) returns the item to review, cancels pending deliveries and tells the approver`, async () => {
      const id = await makeDoc({
        payload: cms.payload,
        collection: 'articles',
        data: { title: '已定稿', body: '定稿正文', status: 'in_review', owner: team.copywriter.id },
      })
      assert.equal((await transition({ id, token: tokens.editor, event: 'approve' })).status, 200)
      const account = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '号' } })
      const delivery = await makeDoc({
        payload: cms.payload,
        collection: 'deliveries',
        data: { content: { relationTo: 'articles', value: id }, account, state: 'queued' },
      })
      const path = `/api/articles/${id}${mode === 'draft autosave' ? '?draft=true' : ''}`
      const edit = await api({ url: cms.url, method: 'PATCH', path, token: tokens.admin, body: { body: '定稿后又改了一句' } })
      assert.equal(edit.status, 200, JSON.stringify(edit.body))
      const stored = await readRaw({ payload: cms.payload, collection: 'articles', id })
      assert.equal(stored?.status, 'in_review')
      assert.equal(stored?.approvedVersion ?? null, null)
      assert.equal((await readRaw({ payload: cms.payload, collection: 'deliveries', id: delivery }))?.state, 'cancelled')
      const logs = await logsFor(id)
      assert.deepEqual(
        logs.map((l) => l.event),
        ['approve', 'edited_after_approval'],
      )
      const notes = await cms.payload.find({
        collection: 'notifications',
        overrideAccess: true,
        where: {
          and: [{ recipient: { equals: team.editor.id } }, { kind: { equals: 'returned_to_review' } }, { 'doc.value': { equals: id } }],
        },
      })
      assert.equal(notes.totalDocs, 1)
    })
  }

  test('changing only the campaign of approved content keeps it approved', async () => {
    const id = await makeDoc({
      payload: cms.payload,
      collection: 'articles',
      data: { title: '只改归属', body: 'x', status: 'in_review', owner: team.copywriter.id },
    })
    await transition({ id, token: tokens.editor, event: 'approve' })
    const campaign = await makeDoc({ payload: cms.payload, collection: 'campaigns', data: { name: '新活动' } })
    await api({ url: cms.url, method: 'PATCH', path: `/api/articles/${id}`, token: tokens.editor, body: { campaign } })
    assert.equal((await readRaw({ payload: cms.payload, collection: 'articles', id }))?.status, 'approved')
  })
})

describe('findings on every save and the scan endpoint', () => {
  test('a save stores findings of every text field and variant, with offsets into that field', async () => {
    const reply = await api<{ doc: { id: Id; findings: { word: string; field: string; start: number; end: number }[] } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/articles',
      token: tokens.copywriter,
      body: { title: '标题', body: '开头。稳 赚 的说法不行', variants: [{ platform: 'weibo', title: '顶级好物' }] },
    })
    const findings = reply.body.doc.findings
    const body = findings.find((f) => f.field === 'body')
    assert.ok(body)
    assert.equal('开头。稳 赚 的说法不行'.slice(body.start, body.end), '稳 赚')
    assert.ok(findings.some((f) => f.field === 'variants.0.title' && f.word === '顶级'))
  })

  test('POST /api/compliance/scan answers any logged-in user, and sees a new lexicon entry at once', async () => {
    const anonymous = await api({ url: cms.url, method: 'POST', path: '/api/compliance/scan', body: { text: 'x' } })
    assert.equal(anonymous.status, 401)
    const before = await api<{ findings: unknown[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/compliance/scan',
      token: tokens.designer,
      body: { text: '我们的独门秘方豆沙' },
    })
    assert.equal(before.status, 200)
    assert.ok(!JSON.stringify(before.body.findings).includes('独门秘方'))
    await api({
      url: cms.url,
      method: 'POST',
      path: '/api/sensitive-words',
      token: tokens.editor,
      body: { word: '独门秘方', category: 'test', severity: 'warn' },
    })
    const afterAdd = await api<{ findings: { word: string; start: number; end: number }[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/compliance/scan',
      token: tokens.designer,
      body: { text: '我们的独门秘方豆沙' },
    })
    const hit = afterAdd.body.findings.find((f) => f.word === '独门秘方')
    assert.ok(hit)
    assert.equal(hit.start, 3)
    assert.equal(hit.end, 7)
  })

  test('a malformed scan request gets a clear 400', async () => {
    const reply = await api<{ errors: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/compliance/scan',
      token: tokens.copywriter,
      body: { txt: 1 },
    })
    assert.equal(reply.status, 400)
    assert.match(reply.body.errors[0].message, /text/)
  })
})
