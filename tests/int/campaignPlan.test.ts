import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { decidedLines } from '../../cms/admin/CampaignPlan/decidedLines'
import type { BudgetApproval } from '../../cms/planning/planningLabels'
import { createTeam, type Id, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Campaigns with a plan (issue 16): a budget line above 策划设置's threshold waits for an admin,
 * spending on it is refused until approved, raising it asks again, and the admins hear of it once.
 */
type Line = {
  id: string
  category: string
  channel?: string | null
  label?: string | null
  planned: number
  spent?: number | null
  approval?: BudgetApproval
  approvedBy?: Id | null
  approvedAt?: string | null
}
type Reply = { doc?: { id: Id; budgetLines: Line[] }; errors?: { message: string }[] }

let cms: TestCms
const tokens = { admin: '', editor: '', copywriter: '' }
const admins: Id[] = []
let campaign: Id
let bigLine: string
let smallLine: string

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  const second = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'admin2@test.local', password: PASSWORD, name: '第二位管理员', role: 'admin' },
  })
  admins.push(team.admin.id, second.id)
  for (const role of ['admin', 'editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
})
after(async () => cms?.close())

const save = (args: { token: string; id?: Id; body: Record<string, unknown> }) =>
  api<Reply>({
    url: cms.url,
    method: args.id === undefined ? 'POST' : 'PATCH',
    path: `/api/campaigns${args.id === undefined ? '' : `/${args.id}`}`,
    token: args.token,
    body: args.body,
  })
const stored = async (id: Id) =>
  (await readRaw({ payload: cms.payload, collection: 'campaigns', id })) as unknown as { name: string; budgetLines: Line[] }
const lineOf = async (id: Id, lineId: string) => (await stored(id)).budgetLines.find((line) => line.id === lineId)
const withLine = async (id: Id, lineId: string, change: Partial<Line>) => ({
  budgetLines: (await stored(id)).budgetLines.map(({ approvedBy: _by, approvedAt: _at, ...line }) =>
    line.id === lineId ? { ...line, ...change } : line,
  ),
})
const pendingNotes = async (recipient: Id) => {
  const found = await cms.payload.find({
    collection: 'notifications',
    where: { kind: { equals: 'budget_pending' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs.filter((note) => String(note.recipient) === String(recipient))
}

test('a line at the threshold needs no approval; one above waits and each admin is told once', async () => {
  const reply = await save({
    token: tokens.copywriter,
    body: {
      name: '618 大促',
      budgetLines: [
        { category: 'production', label: '拍摄', planned: 5000 },
        { category: 'ads', channel: 'douyin', planned: 8000 },
      ],
    },
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  campaign = reply.body.doc!.id
  const [small, big] = (await stored(campaign)).budgetLines
  assert.deepEqual([small?.approval, big?.approval], ['not_needed', 'pending'])
  bigLine = big!.id
  smallLine = small!.id
  for (const admin of admins) {
    const notes = await pendingNotes(admin)
    assert.equal(notes.length, 1, `admin ${admin}: ${JSON.stringify(notes)}`)
    assert.deepEqual(notes[0]?.doc, { relationTo: 'campaigns', value: campaign })
    assert.match(notes[0]?.message ?? '', /618 大促.*投流 · 抖音.*8,000 元/)
  }
  const renamed = await save({ token: tokens.copywriter, id: campaign, body: { name: '618 大促（预热）' } })
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body))
  assert.equal((await pendingNotes(admins[0]!)).length, 1, 'a line still waiting is not announced again')
})

test('the copywriter who owns the campaign cannot approve the line, by REST or GraphQL', async () => {
  const rest = await save({ token: tokens.copywriter, id: campaign, body: await withLine(campaign, bigLine, { approval: 'approved' }) })
  assert.equal(rest.status, 200, JSON.stringify(rest.body))
  assert.equal((await lineOf(campaign, bigLine))?.approval, 'pending')

  const reply = await fetch(`${cms.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.copywriter}` },
    body: JSON.stringify({
      query: `mutation { updateCampaign(id: ${JSON.stringify(campaign)}, data: { budgetLines: [
        { id: ${JSON.stringify(smallLine)}, category: production, label: "拍摄", planned: 5000 },
        { id: ${JSON.stringify(bigLine)}, category: ads, channel: douyin, planned: 8000, approval: approved }
      ] }) { budgetLines { approval } } }`,
    }),
  })
  const body = (await reply.json()) as { data?: { updateCampaign?: { budgetLines: { approval: string }[] } }; errors?: unknown }
  assert.equal(body.errors, undefined, JSON.stringify(body))
  assert.deepEqual(body.data?.updateCampaign?.budgetLines, [{ approval: 'not_needed' }, { approval: 'pending' }])
  const line = await lineOf(campaign, bigLine)
  assert.equal(line?.approval, 'pending')
  assert.equal(line?.approvedBy ?? null, null)
})

test('spending on a waiting line is refused with the reason, and nothing of that save is written', async () => {
  const before = await stored(campaign)
  const body = { name: '改过的名字', ...(await withLine(campaign, bigLine, { spent: 100 })) }
  const reply = await save({ token: tokens.copywriter, id: campaign, body })
  assert.equal(reply.status, 400, JSON.stringify(reply.body))
  const message = reply.body.errors?.[0]?.message ?? ''
  assert.match(message, /预算项「投流 · 抖音」/)
  assert.match(message, /审批线 5,000 元/)
  assert.match(message, /请管理员批准/)
  assert.deepEqual(await stored(campaign), before)
})

test('an admin approves the line (as the summary’s 批准 does), then spending is accepted', async () => {
  const body = decidedLines({ stored: (await stored(campaign)).budgetLines, rowId: bigLine, approval: 'approved' })
  assert.ok(body)
  const reply = await save({ token: tokens.admin, id: campaign, body })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  const approved = await lineOf(campaign, bigLine)
  assert.equal(approved?.approval, 'approved')
  assert.equal(String(approved?.approvedBy), String(admins[0]))
  assert.ok(approved?.approvedAt)

  const spend = await save({ token: tokens.copywriter, id: campaign, body: await withLine(campaign, bigLine, { spent: 3000 }) })
  assert.equal(spend.status, 200, JSON.stringify(spend.body))
  const spent = await lineOf(campaign, bigLine)
  assert.deepEqual([spent?.spent, spent?.approval], [3000, 'approved'])
})

test('raising an approved line sends it back to the admins', async () => {
  const reply = await save({ token: tokens.copywriter, id: campaign, body: await withLine(campaign, bigLine, { planned: 9000 }) })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  const line = await lineOf(campaign, bigLine)
  assert.deepEqual([line?.approval, line?.approvedBy ?? null, line?.spent], ['pending', null, 3000])
  for (const admin of admins) assert.equal((await pendingNotes(admin)).length, 2)
  const more = await save({ token: tokens.copywriter, id: campaign, body: await withLine(campaign, bigLine, { spent: 3500 }) })
  assert.equal(more.status, 400, 'more spending waits for the new approval')
})

test("an admin's own line may be approved in the same save, stamped by the save", async () => {
  const reply = await save({
    token: tokens.admin,
    body: { name: '年货节', budgetLines: [{ category: 'prizes', planned: 20000, approval: 'approved', approvedBy: admins[1] }] },
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  const [line] = (await stored(reply.body.doc!.id)).budgetLines
  assert.equal(line?.approval, 'approved')
  assert.equal(String(line?.approvedBy), String(admins[0]), 'the stamp names who saved, whatever was sent')
})

test('an editor cannot change the threshold', async () => {
  const reply = await api({
    url: cms.url,
    method: 'POST',
    path: '/api/globals/planning-settings',
    token: tokens.editor,
    body: { budgetApprovalThreshold: 1 },
  })
  assert.ok(reply.status < 500, JSON.stringify(reply.body))
  const settings = await cms.payload.findGlobal({ slug: 'planning-settings', overrideAccess: true })
  assert.notEqual(settings.budgetApprovalThreshold, 1)
  const line = await save({ token: tokens.copywriter, body: { name: '小活动', budgetLines: [{ category: 'other', planned: 300 }] } })
  assert.equal((await stored(line.body.doc!.id)).budgetLines[0]?.approval, 'not_needed')
})

test('the threshold an admin sets in 策划设置 is the one applied', async () => {
  const reply = await api({
    url: cms.url,
    method: 'POST',
    path: '/api/globals/planning-settings',
    token: tokens.admin,
    body: { budgetApprovalThreshold: 10000 },
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  const created = await save({
    token: tokens.copywriter,
    body: {
      name: '七夕',
      budgetLines: [
        { category: 'ads', planned: 8000 },
        { category: 'ads', planned: 10001 },
      ],
    },
  })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const lines = (await stored(created.body.doc!.id)).budgetLines
  assert.deepEqual(
    lines.map((line) => line.approval),
    ['not_needed', 'pending'],
  )
  const refused = await save({
    token: tokens.copywriter,
    id: created.body.doc!.id,
    body: await withLine(created.body.doc!.id, lines[1]!.id, { spent: 1 }),
  })
  assert.match(refused.body.errors?.[0]?.message ?? '', /审批线 10,000 元/)
})
