import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { addDays, zonedDate } from '../../lib/zonedTime'
import { login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
const PASSWORD = 'demo-pass-2026'

before(async () => {
  cms = await startTestCms()
  const { seedDemo } = await import('../../cms/seed/seedDemo')
  await seedDemo({ payload: cms.payload, password: PASSWORD, timeZone: 'Asia/Shanghai' })
})
after(async () => cms?.close())

test('every seeded user logs in with the demo password and has the right role', async () => {
  for (const role of ['admin', 'editor', 'copywriter', 'designer']) {
    const token = await login({ url: cms.url, email: `${role}@demo.local`, password: PASSWORD })
    const me = await fetch(`${cms.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
    const body = (await me.json()) as { user: { role: string } }
    assert.equal(body.user.role, role)
  }
})

test('two campaigns and content in several review states', async () => {
  const { payload } = cms
  assert.equal((await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs, 2)
  const states = new Set<string>()
  for (const collection of ['articles', 'videos', 'posters'] as const) {
    const { docs } = await payload.find({ collection, overrideAccess: true, limit: 100, depth: 0 })
    assert.ok(docs.length >= 1, `${collection} seeded`)
    for (const doc of docs) states.add(String(doc.status))
  }
  for (const s of ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published']) assert.ok(states.has(s), `a ${s} item`)
})

test('a week of calendar entries at Beijing-time slots, and a starter lexicon', async () => {
  const { docs } = await cms.payload.find({ collection: 'calendar-entries', overrideAccess: true, limit: 100, depth: 0 })
  const days = new Set(docs.map((d) => new Date(String(d.publishAt)).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })))
  assert.equal(days.size, 7)
  const today = zonedDate({ at: new Date(), timeZone: 'Asia/Shanghai' })
  assert.ok(days.has(addDays(today, 1)) && days.has(addDays(today, 7)), [...days].join(' '))
  const hours = new Set(
    docs.map((d) =>
      new Date(String(d.publishAt)).toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }),
    ),
  )
  assert.deepEqual([...hours].sort(), ['08:00', '12:00', '20:00'])
  const words = await cms.payload.find({ collection: 'sensitive-words', overrideAccess: true, where: { word: { equals: '稳赚' } } })
  assert.equal(words.docs[0]?.severity, 'block')
})

test('approved demo items carry a pinned version, as a real approval leaves them', async () => {
  const { docs } = await cms.payload.find({
    collection: 'articles',
    overrideAccess: true,
    where: { status: { in: ['approved', 'scheduled'] } },
    depth: 0,
  })
  assert.ok(docs.length >= 2)
  for (const doc of docs) {
    const version = await cms.payload.findVersionByID({ collection: 'articles', id: String(doc.approvedVersion), overrideAccess: true })
    assert.equal(String(version.parent), String(doc.id))
  }
})
