import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * A campaign's 禁用说法 are lexicon entries for the items of that campaign (issue 15): what a
 * copywriter types is checked against them on save, as they type and at submit, with the campaign's
 * suggestion; an item of another campaign is not. The brand voice's apply to every item.
 */
type Row = { word: string; field: string; category: string; severity: string; replacement: string | null; start: number; end: number }

let cms: TestCms
let token: string
const campaigns: Record<'spring' | 'other', Id> = { spring: 0, other: 0 }
const BODY = '这款面霜真的可以闭眼入，价格也合适。'

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  const create = async (name: string, bannedPhrases: string[]) =>
    (await cms.payload.create({ collection: 'campaigns', overrideAccess: true, data: { name, styleGuide: { bannedPhrases } } })).id
  campaigns.spring = await create('春季焕新', ['闭眼入 → 放心选', '秒杀价'])
  campaigns.other = await create('双12', [])
  await cms.payload.updateGlobal({ slug: 'brand-voice', overrideAccess: true, data: { bannedPhrases: ['绝绝子'] } })
})
after(async () => cms?.close())

const write = async (campaign: Id, body: string) => {
  const reply = await api<{ doc: { id: Id; findings: Row[] } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/articles',
    token,
    body: { title: '新品上市', body, campaign },
  })
  assert.equal(reply.status, 201, JSON.stringify(reply.body))
  return reply.body.doc
}

test("a copywriter's 禁用说法 in an article of that campaign is found on save, with the campaign's suggestion", async () => {
  const doc = await write(campaigns.spring, BODY)
  const row = doc.findings.find((finding) => finding.word === '闭眼入')
  assert.ok(row, JSON.stringify(doc.findings))
  assert.deepEqual([row.field, row.category, row.severity, row.replacement], ['body', 'campaign-banned', 'block', '放心选'])
  assert.equal(BODY.slice(row.start, row.end), '闭眼入')
})

test('a phrase written without a suggestion has none; an evaded spelling is found too', async () => {
  const text = '今天秒 杀 价只要 99'
  const doc = await write(campaigns.spring, text)
  const row = doc.findings.find((finding) => finding.word === '秒杀价')
  assert.ok(row)
  assert.equal(row.replacement, null)
  assert.equal(text.slice(row.start, row.end), '秒 杀 价')
})

test('the same text in an article of another campaign has no campaign finding', async () => {
  const doc = await write(campaigns.other, BODY)
  assert.equal(
    doc.findings.some((finding) => finding.word === '闭眼入'),
    false,
  )
})

test('the brand voice applies to every article', async () => {
  const doc = await write(campaigns.other, '这个颜色绝绝子')
  const row = doc.findings.find((finding) => finding.word === '绝绝子')
  assert.ok(row)
  assert.equal(row.category, 'brand-banned')
})

test('the as-you-type scan takes the campaign, and submit is refused', async () => {
  const scan = (campaign: Id | null) =>
    api<{ findings: Row[] }>({ url: cms.url, method: 'POST', path: '/api/compliance/scan', token, body: { text: BODY, campaign } })
  const within = await scan(campaigns.spring)
  assert.equal(within.status, 200)
  assert.ok(within.body.findings.some((finding) => finding.word === '闭眼入' && finding.replacement === '放心选'))
  const elsewhere = await scan(campaigns.other)
  assert.equal(
    elsewhere.body.findings.some((finding) => finding.word === '闭眼入'),
    false,
  )
  const doc = await write(campaigns.spring, BODY)
  const submit = await api<{ errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${doc.id}/transition`,
    token,
    body: { event: 'submit' },
  })
  assert.equal(submit.status, 400, JSON.stringify(submit.body))
  assert.match(submit.body.errors?.[0]?.message ?? '', /闭眼入/)
})

test('a save is checked against the rules as its own transaction has them: a 禁用说法 added earlier in it applies', async () => {
  const { payload } = cms
  const { createLocalReq } = await import('payload')
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { name: '同一次提交', styleGuide: { bannedPhrases: [] } },
  })
  const id = await payload.db.beginTransaction()
  assert.ok(id !== null)
  const req = await createLocalReq({}, payload)
  req.transactionID = id
  try {
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      overrideAccess: true,
      req,
      data: { styleGuide: { bannedPhrases: ['限时抢'] } },
    })
    // The rules are read with the save's own transaction, not beside it: there the new phrase is not yet committed.
    const doc = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      req,
      draft: true,
      data: { title: '限时活动', body: '今天限时抢购。', campaign: campaign.id },
    })
    const findings = Array.isArray(doc.findings) ? (doc.findings as Row[]) : []
    assert.ok(
      findings.some((finding) => finding.word === '限时抢' && finding.category === 'campaign-banned'),
      JSON.stringify(doc.findings),
    )
  } finally {
    await payload.db.commitTransaction(id)
  }
})
