/**
 * On Postgres, where saves commit side by side: a save whose transaction commits after another save
 * read the team's fingerprints is still seen by the next save (cms/compliance/repeats/fingerprintIndex.ts
 * reads again from 15 s before its last read). Its `updatedAt` is set before that read began, so
 * reading only what changed since the read would miss it.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { TestCms } from '../helpers/testCms'

const NEAR =
  '老城区的修表铺开了四十年，师傅每天早上八点开门，先给柜台里的老座钟上弦，再开始修当天收来的表。\n\n' +
  '这个月店里做换电池服务，石英表十五元一块，机械表保养打八折，学生凭证件再减五元。\n\n' +
  '铺子只收现金和微信，周一休息，节假日照常营业，门口的公交站是二十三路。'
const UNRELATED =
  '冷萃咖啡的秘密在于时间：十二小时的低温浸泡让苦味物质留在咖啡粉里，只把果酸和甜感带进杯中。\n\n' +
  '我们用中度烘焙的云南豆，按一比八的比例加入过滤水，放进冰箱静置一夜，第二天过滤即可饮用。'

let cms: TestCms | undefined

before(async () => {
  if (!process.env.TEST_POSTGRES_URL) return
  process.env.TEST_ON_POSTGRES = '1'
  const { startTestCms } = await import('../helpers/testCms')
  cms = await startTestCms()
})
after(async () => cms?.close())

test('a save committed after another save read the fingerprints is named by the next save', async (t) => {
  if (!cms) return t.skip('TEST_POSTGRES_URL is unset: npm test starts a Postgres for tests/int/postgres* files')
  const { payload } = cms
  const { commitTransaction, createLocalReq, initTransaction } = await import('payload')
  const save = (id: string | number, body: string) =>
    payload.update({ collection: 'articles', id, draft: true, overrideAccess: true, data: { body } })
  const named = async (id: string | number) => {
    const doc = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true, showHiddenFields: true })
    const rows = (Array.isArray(doc.findings) ? doc.findings : []) as { category?: string; similarTo?: { id: string | number } }[]
    return rows.filter((row) => row.category === 'repeat').map((row) => String(row.similarTo?.id))
  }
  const late = (
    await payload.create({ collection: 'articles', draft: true, overrideAccess: true, data: { title: '冷萃', body: UNRELATED } })
  ).id
  const copy = (await payload.create({ collection: 'articles', draft: true, overrideAccess: true, data: { title: '修表铺', body: NEAR } }))
    .id

  // Its new text is saved in a transaction that stays open while the copy is saved.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  await payload.update({
    collection: 'articles',
    id: late,
    draft: true,
    overrideAccess: true,
    req,
    data: { body: NEAR.replace('八折', '九折') },
  })
  await save(copy, NEAR.replace('二十三路', '二十四路'))
  assert.deepEqual(await named(copy), [], 'not committed yet: no one else sees it')
  await commitTransaction(req)

  await save(copy, NEAR.replace('二十三路', '二十五路'))
  assert.deepEqual(await named(copy), [String(late)])
})
