import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { mergeListSearchAndWhere } from 'payload/shared'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { createTeam, type Id, makeDoc } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * A delivery keeps its content's title, so that an operator finds it in the deliveries list by what was
 * published (or by its link) instead of by its number; the deliveries made before the field existed get
 * theirs from the migration. Runs on Postgres too (postgresDeliveryTitle.test.ts).
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let account: Id
let articleDelivery: Id
let posterDelivery: Id

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  account = (
    await cms.payload.create({
      collection: 'platform-accounts',
      overrideAccess: true,
      data: fakeAccountData('wechat', '品牌服务号') as never,
    })
  ).id
  const article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双12 会员日满减攻略', body: '## 活动说明\n\n全场满 199 减 30。', owner: team.copywriter.id, status: 'published' },
  })
  const poster = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '冬日围巾海报', owner: team.designer.id, status: 'published' },
  })
  // The one door the calendar and 立即发布 use, which passes the title it read.
  const { createDelivery } = await import('../../cms/delivery/createDelivery')
  articleDelivery = (
    await createDelivery({ payload: cms.payload, content: { relationTo: 'articles', value: article }, accountId: account })
  ).id
  // Any other maker (the demo's seed): the collection's hook reads the title.
  posterDelivery = (
    await cms.payload.create({
      collection: 'deliveries',
      overrideAccess: true,
      data: {
        content: { relationTo: 'posters', value: poster },
        account,
        state: 'published',
        url: 'https://mp.weixin.qq.com/s/winter-scarf',
      },
    })
  ).id
})

after(async () => {
  await cms?.close()
})

const titleOf = async (id: Id) => (await cms.payload.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })).title

/** What the admin's deliveries list shows an editor for a search typed into its box. */
async function listSearch(search: string): Promise<Id[]> {
  const editor = await cms.payload.findByID({ collection: 'users', id: team.editor.id, overrideAccess: true })
  const where = mergeListSearchAndWhere({ collectionConfig: cms.payload.collections.deliveries.config, search })
  const { docs } = await cms.payload.find({
    collection: 'deliveries',
    where,
    depth: 0,
    overrideAccess: false,
    user: { ...editor, collection: 'users' },
  })
  return docs.map((doc) => doc.id)
}

test('a new delivery keeps its content’s title, whichever code made it', async () => {
  assert.equal(await titleOf(articleDelivery), '双12 会员日满减攻略')
  assert.equal(await titleOf(posterDelivery), '冬日围巾海报')
})

test('the deliveries list finds a delivery by a word of its title or a piece of its link', async () => {
  assert.deepEqual(await listSearch('会员日'), [articleDelivery])
  assert.deepEqual(await listSearch('围巾'), [posterDelivery])
  assert.deepEqual(await listSearch('winter-scarf'), [posterDelivery])
  assert.deepEqual(await listSearch('没有这篇'), [])
})

test('the migration gives the deliveries made before it their content’s title', async () => {
  const onPostgres = process.env.TEST_ON_POSTGRES === '1'
  const migration = onPostgres
    ? await import('../../cms/migrations/postgres/20261207_084117_delivery_title')
    : await import('../../cms/migrations/sqlite/20261207_084103_delivery_title')
  const args = { db: Reflect.get(cms.payload.db, 'drizzle'), payload: cms.payload, req: {} } as never
  // Back to before the field (the column dropped with its values), then forward again.
  await migration.down(args)
  await migration.up(args)
  assert.equal(await titleOf(articleDelivery), '双12 会员日满减攻略')
  assert.equal(await titleOf(posterDelivery), '冬日围巾海报')
})
