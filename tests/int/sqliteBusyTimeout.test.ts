import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * SQLite's one write lock. Another process (the worker) holding it for a moment: this process's writes
 * wait for it instead of failing with SQLITE_BUSY, on the connections saves run on too. Inside this
 * process: saves and writes outside a transaction take turns; a write that gave up on the lock does not
 * cost the next save its commit; a save whose commit fails says so; saves run on kept connections.
 */
let cms: TestCms

before(async () => {
  cms = await startTestCms()
})
after(async () => {
  await cms?.close()
})

/** A second process that takes the write lock, says so, holds it `ms`, commits and says when it let go. */
async function holdWriteLock(ms: number): Promise<{ releasedAt: Promise<number> }> {
  const file = String(process.env.DATABASE_URL).replace(/^file:/, '')
  const script = `
    const fs = require('node:fs')
    const db = new (require('libsql'))(${JSON.stringify(file)})
    db.exec('BEGIN IMMEDIATE')
    fs.writeSync(1, 'locked ')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms})
    db.exec('COMMIT')
    fs.writeSync(1, 'released ' + Date.now())
  `
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += String(chunk)))
  const exited = once(child, 'exit')
  while (!out.startsWith('locked')) {
    if (child.exitCode !== null) throw new Error(`the locking process exited: ${out}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return {
    releasedAt: exited.then(([code]) => {
      assert.equal(code, 0)
      return Number(/released (\d+)/.exec(out)?.[1])
    }),
  }
}

test('writes wait out another process holding the lock, on the connections saves run on', async () => {
  let overlapped = 0
  for (let round = 1; round <= 4; round += 1) {
    const lock = await holdWriteLock(300)
    const started = Date.now()
    // Each create is a transaction, on the connection the first round opened for it and kept.
    const doc = await cms.payload.create({
      collection: 'campaigns',
      overrideAccess: true,
      data: { name: `锁等待 ${round}`, startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-12T00:00:00.000Z' },
    })
    const finished = Date.now()
    const releasedAt = await lock.releasedAt
    if (started < releasedAt) {
      overlapped += 1
      assert.ok(finished >= releasedAt - 5, `round ${round}: the write finished only after the other process let go`)
    }
    assert.ok(await cms.payload.findByID({ collection: 'campaigns', id: doc.id, overrideAccess: true, depth: 0 }), `round ${round}: stored`)
  }
  assert.ok(overlapped >= 2, `the lock was still held when the write started in ${overlapped} of 4 rounds`)
})

const EDITOR_PASSWORD = 'test-pass-2026'

/** An editor and `count` drafts of theirs, each titled `title n`. */
async function editorWithDrafts(args: { email: string; title: string; count: number }) {
  const editor = await cms.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: args.email, password: EDITOR_PASSWORD, name: '编辑', role: 'editor' },
  })
  const ids: (string | number)[] = []
  for (let n = 0; n < args.count; n += 1) {
    const doc = await cms.payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: `${args.title} ${n}`, body: '会员日满减。', digest: '旧摘要', author: '编辑', owner: editor.id },
    })
    ids.push(doc.id)
  }
  return { editor, ids }
}

test('many saves at once in this process take turns for the write lock: all finish, the thread never blocked on it', async () => {
  const { payload } = cms
  // Imported once the CMS has set the environment it reads.
  const { WEB_BUSY_TIMEOUT_MS } = await import('../../cms/database/sqliteBusyTimeout')
  const { editor, ids } = await editorWithDrafts({ email: 'turns-editor@test.local', title: '并发稿件', count: 20 })
  const user = { ...editor, collection: 'users' as const }
  // A transaction that found the lock held by another in this process would block the thread in the
  // busy handler for WEB_BUSY_TIMEOUT_MS while the holder, on that same thread, cannot finish; a
  // shorter stall is a busy machine, not that.
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const saved = await Promise.all(
    ids.map((id, n) =>
      payload.update({ collection: 'articles', id, draft: true, depth: 0, data: { body: `第 ${n} 稿。` }, user, overrideAccess: false }),
    ),
  )
  delay.disable()
  assert.deepEqual(
    saved.map((doc) => doc.body),
    ids.map((_, n) => `第 ${n} 稿。`),
  )
  const longestMs = delay.max / 1e6
  assert.ok(longestMs < WEB_BUSY_TIMEOUT_MS * 0.9, `the event loop stalled ${Math.round(longestMs)} ms`)
})

test('while many saves wait for the write lock, something arriving meanwhile (a request, a timer) is served between them', async () => {
  const { payload } = cms
  const { editor, ids } = await editorWithDrafts({ email: 'between-editor@test.local', title: '排队稿件', count: 20 })
  const user = { ...editor, collection: 'users' as const }
  let saved = 0
  const saves = ids.map((id, n) =>
    payload
      .update({ collection: 'articles', id, draft: true, depth: 0, data: { body: `第 ${n} 稿，排队。` }, user, overrideAccess: false })
      .then(() => (saved += 1)),
  )
  // A socket read or a timer runs only when the event loop gets a turn: SQLite answers every call at
  // once, and without a turn between them the twenty saves ran as one block before anything else.
  const savedWhenServed = await new Promise<number>((resolve) => setTimeout(() => resolve(saved), 0))
  await Promise.all(saves)
  assert.ok(savedWhenServed <= 2, `${savedWhenServed} of ${ids.length} saves had finished before the timer fired`)
})

test('a bulk edit of twelve drafts over REST: every item saved, no error', async () => {
  const { payload } = cms
  const { ids } = await editorWithDrafts({ email: 'bulk-editor@test.local', title: '批量稿件', count: 12 })
  const token = await login({ url: cms.url, email: 'bulk-editor@test.local', password: EDITOR_PASSWORD })
  const reply = await api<{ docs: { id: string | number }[]; errors: { message: string }[] }>({
    url: cms.url,
    method: 'PATCH',
    path: `/api/articles?${ids.map((id, n) => `where[id][in][${n}]=${id}`).join('&')}&draft=true`,
    token,
    body: { digest: '双12 会员日摘要' },
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  assert.deepEqual(reply.body.errors, [])
  const stored = await payload.find({ collection: 'articles', where: { id: { in: ids } }, draft: true, overrideAccess: true, limit: 20 })
  assert.deepEqual(
    stored.docs.map((doc) => doc.digest),
    ids.map(() => '双12 会员日摘要'),
  )
})

test('a write that gave up on the lock does not cost the next save its commit', async () => {
  const { payload } = cms
  const { isDatabaseBusy } = await import('../../cms/database/databaseTurns')
  const dates = { startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-12T00:00:00.000Z' }
  const [gaveUp, saved] = await Promise.all(
    ['放弃的写入', '随后的保存'].map((name) => payload.create({ collection: 'campaigns', overrideAccess: true, data: { name, ...dates } })),
  )
  // Outside a transaction (as the state writer writes) and longer than this process's busy timeout.
  const lock = await holdWriteLock(1500)
  await assert.rejects(payload.db.updateOne({ collection: 'campaigns', id: gaveUp.id, data: { name: '放弃的写入 改' } }), (error) =>
    isDatabaseBusy(error),
  )
  await lock.releasedAt
  const updated = await payload.update({ collection: 'campaigns', id: saved.id, overrideAccess: true, data: { name: '随后的保存 改' } })
  assert.equal(updated.name, '随后的保存 改')
  const stored = await payload.findByID({ collection: 'campaigns', id: saved.id, overrideAccess: true, depth: 0 })
  assert.equal(stored.name, '随后的保存 改', 'the save that answered success is stored')
  // The connection that gave up must not keep a write of its own open (and with it an old view of the file).
  await payload.db.updateOne({ collection: 'campaigns', id: gaveUp.id, data: { name: '放弃后再写' } })
  const later = await payload.create({ collection: 'campaigns', overrideAccess: true, data: { name: '之后新建', ...dates } })
  const found = await payload.find({
    collection: 'campaigns',
    where: { id: { in: [gaveUp.id, later.id] } },
    overrideAccess: true,
    depth: 0,
  })
  assert.deepEqual(found.docs.map((doc) => doc.name).sort(), ['之后新建', '放弃后再写'].sort())
})

test('a save whose commit fails is reported as not saved, and nothing of it is stored', async () => {
  const { payload } = cms
  const { sql } = await import('@payloadcms/db-sqlite')
  const { createLocalReq } = await import('payload')
  const { COMMIT_FAILED_MESSAGE } = await import('../../cms/database/failedCommits')
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { name: '提交前', startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-12T00:00:00.000Z' },
  })
  const id = await payload.db.beginTransaction()
  assert.ok(id !== null)
  const req = await createLocalReq({}, payload)
  req.transactionID = id
  await payload.update({ collection: 'campaigns', id: campaign.id, data: { name: '提交失败' }, req, overrideAccess: true })
  // A foreign key checked only at COMMIT: the commit itself fails, as a commit that met a stuck statement did.
  type Tx = { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
  const tx = (payload.db.sessions as unknown as Record<string, { db: Tx }>)[id].db
  await tx.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
  await tx.run(sql.raw("INSERT INTO articles_variants (_order, _parent_id, id) VALUES (1, 987654, 'no-such-article')"))
  await assert.rejects(payload.db.commitTransaction(id), (error: Error) => error.message === COMMIT_FAILED_MESSAGE)
  const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id, overrideAccess: true, depth: 0 })
  assert.equal(stored.name, '提交前')
  assert.equal(payload.db.sessions?.[id], undefined, 'the transaction is closed')
})

test('a write outside a transaction (a delivery moving state) while saves hold the lock in this process waits its turn', async () => {
  const { payload } = cms
  const { WEB_BUSY_TIMEOUT_MS } = await import('../../cms/database/sqliteBusyTimeout')
  const { editor, ids } = await editorWithDrafts({ email: 'plain-editor@test.local', title: '保存中', count: 20 })
  const user = { ...editor, collection: 'users' as const }
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { name: '状态 0', startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-12T00:00:00.000Z' },
  })
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const saves = Promise.all(
    ids.map((id, n) =>
      payload.update({ collection: 'articles', id, draft: true, depth: 0, data: { body: `保存 ${n}。` }, user, overrideAccess: false }),
    ),
  )
  const failures: Promise<string | null>[] = []
  for (let n = 1; n <= 10; n += 1) {
    await new Promise((resolve) => setTimeout(resolve, 15))
    failures.push(
      payload.db.updateOne({ collection: 'campaigns', id: campaign.id, data: { name: `状态 ${n}` } }).then(
        () => null,
        (error: unknown) => String(error instanceof Error ? (error.cause ?? error) : error),
      ),
    )
  }
  assert.deepEqual((await Promise.all(failures)).filter(Boolean), [])
  await saves
  delay.disable()
  const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id, overrideAccess: true, depth: 0 })
  assert.equal(stored.name, '状态 10')
  assert.ok(delay.max / 1e6 < WEB_BUSY_TIMEOUT_MS * 0.9, `the event loop stalled ${Math.round(delay.max / 1e6)} ms`)
})

/** The connections this process holds open on the database file (each has the file open once). */
function openConnections(): number {
  const file = path.resolve(String(process.env.DATABASE_URL).replace(/^file:/, ''))
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length
}

test('saves run on kept connections: thirty saves leave no more connections open than before them', async () => {
  const { payload } = cms
  const { ids } = await editorWithDrafts({ email: 'kept-editor@test.local', title: '连接复用', count: 3 })
  const before = openConnections()
  for (let n = 0; n < 30; n += 1) {
    const id = ids[n % ids.length]
    await payload.update({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true, data: { body: `第 ${n} 次保存。` } })
  }
  const stored = await payload.findByID({ collection: 'articles', id: ids[29 % ids.length], draft: true, depth: 0, overrideAccess: true })
  assert.equal(stored.body, '第 29 次保存。')
  // The client opened a new connection after each transaction and left the old one to the garbage collector.
  assert.ok(openConnections() <= before, `${openConnections() - before} more connections open after thirty saves`)
})

test('a save that could not begin (another process held the lock past the wait) leaves nothing behind: the next save is stored', async () => {
  const { payload } = cms
  const { isDatabaseBusy } = await import('../../cms/database/databaseTurns')
  const { ids } = await editorWithDrafts({ email: 'begin-editor@test.local', title: '未能开始', count: 1 })
  const lock = await holdWriteLock(1500)
  await assert.rejects(
    payload.update({ collection: 'articles', id: ids[0], draft: true, depth: 0, overrideAccess: true, data: { body: '锁住时保存。' } }),
    (error) => isDatabaseBusy(error),
  )
  await lock.releasedAt
  // The connection whose BEGIN gave up keeps that statement unfinished: kept and used again, its COMMIT
  // failed ("SQL statements in progress") and its write held the lock.
  for (const body of ['放开后保存。', '再保存一次。']) {
    const saved = await payload.update({ collection: 'articles', id: ids[0], draft: true, depth: 0, overrideAccess: true, data: { body } })
    assert.equal(saved.body, body)
  }
  const stored = await payload.findByID({ collection: 'articles', id: ids[0], draft: true, depth: 0, overrideAccess: true })
  assert.equal(stored.body, '再保存一次。')
  await (
    await holdWriteLock(10)
  ).releasedAt
})
