import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
let publishedId: Id

const ORIGINAL =
  '冬天的社区面包店，凌晨五点就亮起了灯。老板娘每天揉面三个小时，只用本地磨的面粉和新鲜黄油。\n\n' +
  '会员日这周六开始，全场满一百九十九减三十，门店自提再减五元，新人首单还送一杯热拿铁。\n\n' +
  '我们也准备了亲子烘焙课，孩子可以亲手做一只小熊面包带回家，名额有限，请在小程序提前报名。'
const REWORDED = ORIGINAL.replace('凌晨五点', '清晨五点').replace('再减五元', '再减六元').replace('热拿铁', '热可可')
const UNRELATED =
  '冷萃咖啡的秘密在于时间：十二小时的低温浸泡让苦味物质留在咖啡粉里，只把果酸和甜感带进杯中。\n\n' +
  '我们用中度烘焙的云南豆，按一比八的比例加入过滤水，放进冰箱静置一夜，第二天过滤即可饮用。'

type Row = {
  word: string
  category: string
  severity: string
  field: string
  fieldLabel?: string
  occurrences: { start: number; end: number }[]
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['copywriter', 'editor'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  publishedId = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '面包店会员日', body: ORIGINAL, status: 'published', owner: team.copywriter.id },
  })
})
after(async () => cms?.close())

async function stored(id: Id): Promise<{ findings: Row[]; fingerprint: string | null }> {
  const doc = await cms.payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const rows = Array.isArray(doc.findings) ? (doc.findings as Row[]) : []
  return { findings: rows, fingerprint: doc.fingerprint ?? null }
}

const transition = (args: { id: Id; token: string; event: string; acknowledge?: string }) =>
  api<{ errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/articles/${args.id}/transition`,
    token: args.token,
    body: { event: args.event, acknowledge: args.acknowledge },
  })

test('a save stores the fingerprint; a repeat of a published post is a review finding naming it, with passages in this text', async () => {
  assert.match(String((await stored(publishedId)).fingerprint), /^[0-9a-f]{16}$/)
  const created = await api<{ doc: { id: Id } }>({
    url: cms.url,
    method: 'POST',
    path: '/api/articles',
    token: tokens.copywriter,
    body: { title: '会员日又来了', body: REWORDED },
  })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const { findings, fingerprint } = await stored(created.body.doc.id)
  assert.match(String(fingerprint), /^[0-9a-f]{16}$/)
  const repeats = findings.filter((row) => row.category === 'repeat')
  assert.ok(repeats.length > 0, JSON.stringify(findings))
  const body = repeats.find((row) => row.field === 'body')
  assert.ok(body)
  assert.equal(body.severity, 'review')
  assert.equal(body.fieldLabel, '正文')
  assert.match(body.word, /^与《面包店会员日》相似度 \d+%$/)
  for (const { start, end } of body.occurrences) assert.ok(ORIGINAL.includes(REWORDED.slice(start, end)), REWORDED.slice(start, end))
})

test('a repeat never stops submit; approving it needs a written acknowledgement, like other review findings', async () => {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '会员日再发', body: REWORDED, owner: team.copywriter.id },
  })
  assert.equal((await transition({ id, token: tokens.copywriter, event: 'submit' })).status, 200)
  const refused = await transition({ id, token: tokens.editor, event: 'approve' })
  assert.equal(refused.status, 400)
  assert.match(String(refused.body.errors?.[0]?.message), /与《面包店会员日》相似度 \d+%.*风险确认说明/)
  assert.equal((await transition({ id, token: tokens.editor, event: 'approve', acknowledge: '系列活动，沿用上期介绍' })).status, 200)
})

test('an unrelated text, and an archived original, are not repeats', async () => {
  const unrelated = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '冷萃咖啡', body: UNRELATED, owner: team.copywriter.id },
  })
  assert.deepEqual(
    (await stored(unrelated)).findings.filter((row) => row.category === 'repeat'),
    [],
  )
  const archivedOriginal = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '冷萃旧文', body: UNRELATED + '\n\n附：冰箱里最多放三天。', status: 'archived' },
  })
  assert.ok(archivedOriginal)
  const copy = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '冷萃重发', body: UNRELATED + '\n\n附：冰箱里最多放三天。', owner: team.copywriter.id },
  })
  const words = (await stored(copy)).findings.filter((row) => row.category === 'repeat').map((row) => row.word)
  assert.ok(
    words.every((word) => !word.includes('冷萃旧文')),
    words.join(' '),
  )
  assert.ok(
    words.some((word) => word.includes('冷萃咖啡')),
    'the draft it repeats is named',
  )
})

const TEA =
  '巷子深处的老茶馆，入冬后每天下午都有评弹。掌柜的说，碧螺春要用八十度的水，第一泡只闻香不喝。\n\n' +
  '本周末起，两位同行第二杯半价，会员再送桂花糕一份；周日下午还有紫砂壶入门课，名额二十个，请在公众号菜单里报名。\n\n' +
  '茶馆营业到晚上十点，门口的梧桐树下可以停自行车。'

test('every near item is named, notes and articles alike, each by its latest draft: title and text', async () => {
  const owner = team.copywriter.id
  const note = await makeDoc({ payload: cms.payload, collection: 'notes', data: { title: '茶馆探店笔记', body: TEA, owner } })
  // Published with a short text; its newer draft repeats the tea text under another title.
  const drafted = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '冬季新品', body: '冬季新品即将上市，敬请期待。', status: 'published', owner },
  })
  await cms.payload.update({
    collection: 'articles',
    id: drafted,
    draft: true,
    overrideAccess: true,
    data: { title: '茶馆的冬天（草稿）', body: TEA.replace('八十度', '八十五度') },
  })
  const copy = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '茶馆又上新', body: TEA.replace('桂花糕', '绿豆糕'), owner },
  })
  assert.deepEqual([...(await similarItems(copy))].sort(), [
    [`articles:${drafted}`, '茶馆的冬天（草稿）'],
    [`notes:${note}`, '茶馆探店笔记'],
  ])
  // Saved again, its own previous draft is as near as can be: it names the others, never itself.
  await cms.payload.update({
    collection: 'articles',
    id: drafted,
    draft: true,
    overrideAccess: true,
    data: { body: TEA.replace('八十度', '九十度') },
  })
  assert.deepEqual([...(await similarItems(drafted))].sort(), [
    [`articles:${copy}`, '茶馆又上新'],
    [`notes:${note}`, '茶馆探店笔记'],
  ])
})

const CAFE =
  '老街拐角的咖啡馆下周一开业，店里只有八个座位，窗边能看到整条梧桐路。咖啡豆每周从云南小农场直送。\n\n' +
  '开业三天，美式十元一杯，拿铁加一元换燕麦奶；带自己的杯子来，再减两元。\n\n' +
  '每天早上七点开门，下午四点以后手冲暂停，店里留给看书的人。'

test('a near item edited since it was last compared is compared by its new draft: a kept copy is not reused', async () => {
  const owner = team.copywriter.id
  const original = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '老街咖啡馆开业', body: CAFE, owner } })
  const copy = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '咖啡馆开业（门店版）', body: CAFE.replace('八个座位', '十个座位'), owner },
  })
  assert.equal((await similarItems(copy)).get(`articles:${original}`), '老街咖啡馆开业')
  // Saved again while the original is unchanged: still named by its title.
  await cms.payload.update({
    collection: 'articles',
    id: copy,
    draft: true,
    overrideAccess: true,
    data: { body: CAFE.replace('八个座位', '九个座位') },
  })
  assert.equal((await similarItems(copy)).get(`articles:${original}`), '老街咖啡馆开业')
  // The original's own editor renames it and changes a line, through the API as the admin does.
  const edited = await api({
    url: cms.url,
    method: 'PATCH',
    path: `/api/articles/${original}?draft=true`,
    token: tokens.copywriter,
    body: { title: '老街咖啡馆周年庆', body: CAFE.replace('下周一开业', '开业一周年了') },
  })
  assert.equal(edited.status, 200, JSON.stringify(edited.body))
  await cms.payload.update({
    collection: 'articles',
    id: copy,
    draft: true,
    overrideAccess: true,
    data: { body: CAFE.replace('八个座位', '十个座位') },
  })
  assert.equal((await similarItems(copy)).get(`articles:${original}`), '老街咖啡馆周年庆')
})

const BOOKS =
  '社区书店的读书会这周六下午两点开始，这次一起读《额尔古纳河右岸》，不用提前读完，来听也欢迎。\n\n' +
  '报名的朋友到店可以领一张书签，当天买书九折，会员再送一杯桂花乌龙。\n\n' +
  '店里座位只有二十个，请在公众号后台回复“读书会”报名，满员后会在群里通知。'

test('a near item archived through review is not named, and is again once reopened; a deleted one is not', async () => {
  const owner = team.copywriter.id
  const resave = async (id: Id, body: string) =>
    cms.payload.update({ collection: 'articles', id, draft: true, overrideAccess: true, data: { body } })
  const original = await makeDoc({ payload: cms.payload, collection: 'articles', data: { title: '周六读书会', body: BOOKS, owner } })
  const other = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '读书会预告', body: BOOKS.replace('两点', '三点'), owner },
  })
  const copy = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '读书会（门店版）', body: BOOKS.replace('九折', '八八折'), owner },
  })
  assert.deepEqual([...(await similarItems(copy)).keys()].sort(), [`articles:${original}`, `articles:${other}`].sort())
  // The index keeps archived items: whether one counts is read again, with its state, each time it is near.
  assert.equal((await transition({ id: original, token: tokens.editor, event: 'archive' })).status, 200)
  await resave(copy, BOOKS.replace('九折', '八五折'))
  assert.deepEqual([...(await similarItems(copy)).keys()], [`articles:${other}`])
  assert.equal((await transition({ id: original, token: tokens.editor, event: 'reopen' })).status, 200)
  await resave(copy, BOOKS.replace('九折', '八折'))
  assert.deepEqual([...(await similarItems(copy)).keys()].sort(), [`articles:${original}`, `articles:${other}`].sort())
  await cms.payload.delete({ collection: 'articles', id: other, overrideAccess: true })
  await resave(copy, BOOKS.replace('九折', '七折'))
  assert.deepEqual([...(await similarItems(copy)).keys()], [`articles:${original}`])
})

/** The items a stored item's repeat findings name, as `collection:id` → title. */
async function similarItems(id: Id): Promise<Map<string, string>> {
  const similar = (await stored(id)).findings
    .filter((row) => row.category === 'repeat')
    .map((row) => (row as Row & { similarTo: { collection: string; id: Id; title: string } }).similarTo)
  return new Map(similar.map((item) => [`${item.collection}:${item.id}`, item.title]))
}
