import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { encodeGbk } from '../../cms/collections/SensitiveWords/encodeGbk.testHelper'
import { createTeam, PASSWORD } from '../helpers/fixtures'
import { login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
const tokens: Record<string, string> = {}

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  for (const role of ['editor', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  await cms.payload.create({
    collection: 'sensitive-words',
    overrideAccess: true,
    data: { word: '顶级', category: 'absolute_terms', severity: 'warn' },
  })
})
after(async () => cms?.close())

const importCsv = (csv: string | Uint8Array, token = tokens.editor) =>
  fetch(`${cms.url}/api/sensitive-words/import`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'text/csv' },
    body: typeof csv === 'string' ? csv : new Uint8Array(csv),
  })

test('an editor imports a spreadsheet: new words added, existing ones updated', async () => {
  const csv =
    'word,category,severity,replacement,note,enabled\n顶级,absolute_terms,review,高品质,"改为需确认, 法务要求",true\n包邮到家,promotion,warn,,,true\n'
  const reply = await importCsv(csv)
  const body = (await reply.json()) as { created: number; updated: number }
  assert.equal(reply.status, 200, JSON.stringify(body))
  assert.deepEqual([body.created, body.updated], [1, 1])
  const top = await cms.payload.find({ collection: 'sensitive-words', overrideAccess: true, where: { word: { equals: '顶级' } } })
  assert.equal(top.docs[0].severity, 'review')
  assert.equal(top.docs[0].note, '改为需确认, 法务要求')
})

test('a file with a bad row changes nothing and names the line', async () => {
  const before = (await cms.payload.count({ collection: 'sensitive-words', overrideAccess: true })).totalDocs
  const reply = await importCsv('word,category,severity,replacement,note,enabled\n新词一,test,warn,,,true\n新词二,test,fatal,,,true\n')
  const body = (await reply.json()) as { errors: { line: number; message: string }[] }
  assert.equal(reply.status, 400)
  assert.equal(body.errors[0].line, 3)
  assert.equal((await cms.payload.count({ collection: 'sensitive-words', overrideAccess: true })).totalDocs, before)
})

test('export gives back a CSV the import accepts; copywriters may neither import nor export', async () => {
  const exported = await fetch(`${cms.url}/api/sensitive-words/export.csv`, { headers: { authorization: `JWT ${tokens.editor}` } })
  assert.equal(exported.status, 200)
  assert.match(exported.headers.get('content-type') ?? '', /text\/csv/)
  const csv = await exported.text()
  assert.ok(csv.includes('包邮到家'))
  assert.ok(csv.includes('"改为需确认, 法务要求"'))
  const again = await importCsv(csv)
  const body = (await again.json()) as { created: number; updated: number }
  assert.equal(again.status, 200, JSON.stringify(body))
  assert.equal(body.created, 0)
  assert.equal(
    (await fetch(`${cms.url}/api/sensitive-words/export.csv`, { headers: { authorization: `JWT ${tokens.copywriter}` } })).status,
    403,
  )
  assert.equal((await importCsv('word\nx\n', tokens.copywriter)).status, 403)
})

test('the pinyin and variant columns are imported and exported; a file without them keeps what is stored', async () => {
  const reply = await importCsv('词条,分类,级别,拼音变体,谐音变体\n只赚不赔,finance,禁止,首字母,否\n')
  assert.equal(reply.status, 200, JSON.stringify(await reply.clone().json()))
  const stored = async () =>
    (await cms.payload.find({ collection: 'sensitive-words', overrideAccess: true, where: { word: { equals: '只赚不赔' } } })).docs[0]
  assert.deepEqual([(await stored()).matchPinyin, (await stored()).matchVariants], ['initials', false])
  const older = await importCsv('word,category,severity,replacement,note,enabled\n只赚不赔,finance,review,,,true\n')
  assert.equal(older.status, 200)
  assert.deepEqual([(await stored()).severity, (await stored()).matchPinyin, (await stored()).matchVariants], ['review', 'initials', false])
  const exported = await fetch(`${cms.url}/api/sensitive-words/export.csv`, { headers: { authorization: `JWT ${tokens.editor}` } })
  const csv = await exported.text()
  assert.match(csv, /^\ufeff?词条,分类,级别,替换建议,备注,启用,拼音变体,谐音变体\r\n/)
  assert.match(csv, /只赚不赔,finance,审核,,,是,首字母,否/)
})

test('a GBK file saved by Excel, with Chinese titles, values and category names, imports', async () => {
  const sheet = '词,分类,级别,建议,备注,启用\r\n全网首发,绝对化用语,禁止,首次推出,广告法,是\r\n'
  const reply = await importCsv(encodeGbk(sheet))
  assert.equal(reply.status, 200, JSON.stringify(await reply.clone().json()))
  const { docs } = await cms.payload.find({ collection: 'sensitive-words', overrideAccess: true, where: { word: { equals: '全网首发' } } })
  assert.deepEqual(
    [docs[0]?.category, docs[0]?.severity, docs[0]?.replacement, docs[0]?.note],
    ['absolute_terms', 'block', '首次推出', '广告法'],
  )
  const exported = await (
    await fetch(`${cms.url}/api/sensitive-words/export.csv`, { headers: { authorization: `JWT ${tokens.editor}` } })
  ).text()
  assert.match(exported, /全网首发,绝对化用语,禁止,首次推出,广告法,是/)
})

test("a bad row's problem names its line once", async () => {
  const reply = await importCsv(encodeGbk('词条,分类,级别\r\n好词,其他,提示\r\n坏词,其他,致命\r\n'))
  const body = (await reply.json()) as { errors: { line: number; message: string }[] }
  assert.equal(reply.status, 400)
  assert.equal(body.errors.length, 1)
  assert.equal(body.errors[0]?.line, 3)
  assert.match(body.errors[0]?.message ?? '', /^第 3 行：级别“致命”无效/)
  assert.equal(body.errors[0]?.message.match(/第 \d+ 行/g)?.length, 1)
})

test('a category typed by its Chinese name is stored as its code, through the REST door too', async () => {
  const reply = await fetch(`${cms.url}/api/sensitive-words`, {
    method: 'POST',
    headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
    body: JSON.stringify({ word: '包治百病', category: '医疗用语', severity: 'block' }),
  })
  const body = (await reply.json()) as { doc?: { category: string } }
  assert.equal(reply.status, 201, JSON.stringify(body))
  assert.equal(body.doc?.category, 'medical_claim')
})

test('a form post (what another site could send with the cookie) is refused unread', async () => {
  const reply = await fetch(`${cms.url}/api/sensitive-words/import`, {
    method: 'POST',
    headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'text/plain' },
    body: 'word,category,severity\nx,y,warn\n',
  })
  assert.equal(reply.status, 415)
})
