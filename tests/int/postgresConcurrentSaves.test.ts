/**
 * On Postgres, more saves at once than the process has pooled connections all finish: a save's
 * transaction holds a connection while its hooks read outside it (cms/database/transactionSlots.ts).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { TestCms } from '../helpers/testCms'

const POOL = 4
const SAVES = POOL * 3
let cms: TestCms | undefined

before(async () => {
  if (!process.env.TEST_POSTGRES_URL) return
  process.env.DATABASE_POOL_MAX = String(POOL)
  process.env.TEST_ON_POSTGRES = '1'
  const { startTestCms } = await import('../helpers/testCms')
  cms = await startTestCms()
})
after(async () => cms?.close())

test(`${SAVES} saves at once with a pool of ${POOL} connections all finish`, async (t) => {
  if (!cms) return t.skip('TEST_POSTGRES_URL is unset: npm test starts a Postgres for tests/int/postgres* files')
  const { payload } = cms
  const editor = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'editor@test.local', password: 'test-pass-2026', name: '编辑', role: 'editor' },
  })
  const ids: (string | number)[] = []
  for (let n = 0; n < SAVES; n += 1) {
    const doc = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: `稿件 ${n}`, body: '会员日满减。', digest: '摘要', author: '编辑', owner: editor.id },
    })
    ids.push(doc.id)
  }
  const user = { ...editor, collection: 'users' as const }
  let timer: NodeJS.Timeout | undefined
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the saves did not finish in 30 s: the pool is starved`)), 30_000)
  })
  const saved = await Promise.race([
    Promise.all(
      ids.map((id, n) =>
        payload.update({ collection: 'articles', id, draft: true, depth: 0, data: { body: `第 ${n} 稿。` }, user, overrideAccess: false }),
      ),
    ),
    hung,
  ]).finally(() => clearTimeout(timer))
  assert.equal(saved.length, SAVES)
  assert.deepEqual(
    saved.map((doc) => doc.body),
    ids.map((_, n) => `第 ${n} 稿。`),
  )
})
