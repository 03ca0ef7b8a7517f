/**
 * The Postgres connections of a process (cms/database/postgresPool.ts): a restart of the server under a
 * running CMS and worker, with what every door answers meanwhile (cms/database/unreachable.ts), a
 * process started on a database that already exists with the smallest pool allowed, and that process
 * closing. On a Postgres of this file's own, which it stops and starts again.
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import type { Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { BasePayload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { processRunning } from '../../scripts/lib.mjs'
import { startPostgres } from '../../scripts/postgres.mjs'
import { capturedOutput } from '../helpers/capturedOutput'
import { PASSWORD } from '../helpers/fixtures'
import { api, draftArticle, login } from '../helpers/rest'
import { whenStopped } from '../helpers/whenStopped'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { approvedArticle, postCount, queuedDelivery, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'

type Postgres = Awaited<ReturnType<typeof startPostgres>>
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-own-postgres-'))
fs.chmodSync(dir, 0o755)
let postgres: Postgres | undefined
let world: SchedulerWorld | undefined
let worker: TestWorker | undefined
const forget = whenStopped(() => {
  if (postgres?.pid) process.kill(postgres.pid, 'SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

before(async () => {
  postgres = await startPostgres({ dir, fast: true })
  // The smallest pool allowed: a save's transaction on one connection, its hooks' reads on the other.
  process.env.DATABASE_POOL_MAX = '2'
  process.env.TEST_POSTGRES_URL = postgres.url
  process.env.TEST_ON_POSTGRES = '1'
  world = await startSchedulerWorld()
  // Started on the database the CMS made: as a worker restarted by a deploy, it finds it in place.
  worker = await startTestWorker({ reconcileEveryMs: 5000 })
})
after(async () => {
  try {
    await worker?.stop()
    // With Postgres left stopped by a failed test, this fails (its database cannot be dropped).
    await world?.close()
  } finally {
    await postgres?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
    forget()
  }
})

/** `work`'s result, or a failure naming what did not finish within `ms`. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

test(
  'Postgres restarting under a running CMS and worker: both stay up, every door answers 503 during the outage and stores nothing, the next save goes through and the post due meanwhile goes out once',
  { timeout: 180_000 },
  withWorkerLog(
    () => worker,
    async () => {
      assert.ok(world && postgres && worker)
      const { cms } = world
      const token = await login({ url: cms.url, email: world.team.copywriter.email, password: PASSWORD })
      const id = await draftArticle({
        url: cms.url,
        token,
        data: { title: '双12 会员日预告', body: '第一稿。', digest: '会员日', author: '文案' },
      })
      const save = (body: string) =>
        api<{ errors?: { message: string }[] }>({
          url: cms.url,
          method: 'PATCH',
          path: `/api/articles/${id}?draft=true`,
          token,
          body: { body },
        })

      // A Weibo post due while the database is down: its row is written now, its job fires during the outage.
      const posts = await postCount(world, 'weibo')
      const delivery = await queuedDelivery(world, { article: await approvedArticle(world), platform: 'weibo' })

      // Every pooled connection is closed by the server as it stops: unlistened, each error ended the process.
      const logged = capturedOutput()
      await postgres.stop()
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const workerPid = worker.pid()
      assert.ok(workerPid !== undefined && processRunning(workerPid), 'the worker died when Postgres stopped')
      assert.match(worker.output(), /the database closed an idle connection/)
      // Every door says the same: the database, not the editor's input, and to try again shortly.
      const unreachable = /^暂时连不上数据库，这次操作没有完成。请过一两分钟再试/
      const duringOutage = await save('停机时的一稿。')
      assert.equal(duringOutage.status, 503, JSON.stringify(duringOutage.body))
      assert.match(duringOutage.body.errors?.[0]?.message ?? '', unreachable)
      const readDuringOutage = await api<{ errors?: { message: string }[] }>({
        url: cms.url,
        method: 'GET',
        path: `/api/articles/${id}?draft=true`,
        token,
      })
      assert.equal(readDuringOutage.status, 503, JSON.stringify(readDuringOutage.body))
      assert.match(readDuringOutage.body.errors?.[0]?.message ?? '', unreachable)
      const graphqlDuringOutage = await api<{ errors?: { message: string; extensions?: { statusCode?: number } }[] }>({
        url: cms.url,
        method: 'POST',
        path: '/api/graphql',
        token,
        body: { query: `mutation { updateArticle(id: ${id}, draft: true, data: { body: "停机时的一稿。" }) { id } }` },
      })
      assert.match(graphqlDuringOutage.body.errors?.[0]?.message ?? '', unreachable, JSON.stringify(graphqlDuringOutage.body))
      assert.equal(graphqlDuringOutage.body.errors?.[0]?.extensions?.statusCode, 503)
      // An admin page: Payload's check for a first user, the query the login page makes, fails; the page says why.
      const { adminPageOrOutage } = await import('../../cms/admin/DatabaseOutage/adminPageOrOutage')
      const page = await adminPageOrOutage({
        page: async () => {
          await cms.payload.db.findOne({ collection: 'users', where: {} })
          return 'Payload 的登录页'
        },
        params: Promise.resolve({ segments: ['login'] }),
        searchParams: Promise.resolve({ redirect: `/admin/collections/articles/${id}` }),
        language: async () => 'zh',
      })
      const html = renderToStaticMarkup(page)
      assert.match(html, /暂时连不上数据库/)
      assert.match(html, new RegExp(`href="/admin/collections/articles/${id}"`))
      logged.stop()
      // Payload's own log line for the failed read names the refused port, without the statement's values.
      const failedRead = new RegExp(
        `"type":"DrizzleQueryError","message":"Failed query: select (?:[^"\\\\]|\\\\.)*: connect ECONNREFUSED [\\d.]+:${postgres.port}"`,
      )
      assert.match(logged.text(), failedRead)
      assert.doesNotMatch(logged.text(), /params/)

      // The post's time comes: the worker takes the job and cannot read the delivery (BullMQ tries it again).
      const { enqueueDelivery } = await import('../../scheduler/queues')
      await enqueueDelivery({ deliveryId: delivery.id, platform: 'weibo' })
      const failedJob = new RegExp(
        `"job":"delivery-${delivery.id}","err":"Failed query: select [^\\n]*… ← connect ECONNREFUSED [\\d.]+:${postgres.port}"`,
      )
      const deadline = Date.now() + 30_000
      while (!failedJob.test(worker.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      // The operator's log says why, without the statement's values.
      assert.match(worker.output(), failedJob)
      assert.doesNotMatch(worker.output(), /params:/)
      assert.equal(await postCount(world, 'weibo'), posts, 'nothing is posted while the database is down')

      postgres = await startPostgres({ dir, port: postgres.port, fast: true })
      const afterRestart = await save('重启后的第二稿。')
      assert.equal(afterRestart.status, 200, JSON.stringify(afterRestart.body))
      const read = await api<{ body: string }>({ url: cms.url, method: 'GET', path: `/api/articles/${id}?draft=true`, token })
      assert.equal(read.body.body, '重启后的第二稿。')
      const versions = await cms.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 20 })
      assert.ok(
        versions.docs.every((version) => version.version.body !== '停机时的一稿。'),
        'a save made during the outage left a version behind',
      )

      // The only worker, the one that lived through the restart, posts it when the database is back, and once only.
      const done = await waitForState(world, { id: delivery.id, states: ['published', 'failed', 'unconfirmed'], timeoutMs: 60_000 })
      assert.equal(done.state, 'published', JSON.stringify(done.lastError))
      assert.equal(await postCount(world, 'weibo'), posts + 1)
      assert.ok(processRunning(workerPid), 'the worker that lived through the restart is still running')
    },
  ),
)

/**
 * A second Payload on the same database, as a web process or a worker restarted by a deploy is (the adapter
 * finds the database in place and keeps one pooled connection for itself), with an editor's draft to save:
 * runs `work`, then closes the process's database, which must take no more than a moment.
 */
async function onSecondProcess(
  who: { email: string; title: string },
  work: (second: BasePayload, article: string | number) => Promise<void>,
): Promise<void> {
  assert.ok(world)
  const second = await within(60_000, 'starting a second process', new BasePayload().init({ config: world.cms.config }))
  let closed = false
  try {
    const owner = await second.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: who.email, password: PASSWORD, name: '第二个进程的编辑', role: 'editor' },
    })
    const article = await second.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: who.title, body: '第一稿。', digest: '周末', author: '编辑', owner: owner.id },
    })
    await work(second, article.id)
    const { closeDatabase } = await import('../../cms/database/closeDatabase')
    await within(10_000, 'closing the second process’s database', closeDatabase(second))
    closed = true
  } finally {
    if (!closed) await second.destroy()
  }
}

/** A draft save on `payload` that must finish within 30 s, then reads back as saved. */
async function saveWithin(args: { payload: BasePayload; article: string | number; body: string; what: string }): Promise<void> {
  const { payload, article, body } = args
  await within(
    30_000,
    args.what,
    payload.update({ collection: 'articles', id: article, draft: true, data: { body }, overrideAccess: true }),
  )
  const read = await payload.findByID({ collection: 'articles', id: article, draft: true, overrideAccess: true })
  assert.equal(read.body, body)
}

test('a process started on a database that exists saves with a pool of two, and closes at once', { timeout: 120_000 }, async () => {
  await onSecondProcess({ email: 'second@test.local', title: '门店周末活动' }, async (second, article) => {
    // The save's transaction takes one of the two connections; its hooks read on the other.
    await saveWithin({ payload: second, article, body: '第二稿。', what: 'a save with a pool of two' })
  })
})

/** The pool's connections that are checked out and not idle: at rest, the one Payload's adapter keeps. */
function checkedOut(payload: BasePayload): { connection: { stream: Socket } }[] {
  const pool = Reflect.get(payload.db, 'pool') as object
  const clients = Reflect.get(pool, '_clients') as { connection: { stream: Socket } }[]
  const idle = new Set((Reflect.get(pool, '_idle') as { client: unknown }[]).map((item) => item.client))
  return clients.filter((client) => !idle.has(client))
}

test(
  'the connection Payload’s adapter keeps, reset three times over (ECONNRESET), costs the pool nothing: a save with a pool of two goes through, and the process closes at once',
  { timeout: 120_000 },
  async () => {
    await onSecondProcess({ email: 'reset@test.local', title: '断线之后' }, async (second, article) => {
      // Each round cuts the connection the adapter keeps at that moment, if it keeps one. The first cut
      // arrives as ECONNRESET, the code the adapter reconnects on, and it takes another; node-postgres
      // reports a reset of a connection that has run statements as a plain end.
      let cut = 0
      for (const reset of [1, 2, 3]) {
        const kept = checkedOut(second)
        assert.ok(kept.length <= 1, `before reset ${reset}: ${kept.length} connections checked out at rest`)
        const socket = kept[0]?.connection.stream
        if (socket) cut += 1
        // What a reset by the network does to the socket: an ECONNRESET error, then its close.
        socket?.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' }))
        await new Promise((resolve) => setTimeout(resolve, 500))
        await saveWithin({
          payload: second,
          article,
          body: `第 ${reset} 次断线后的一稿。`,
          what: `a save with a pool of two after reset ${reset}`,
        })
      }
      assert.ok(cut >= 2, `the adapter kept a connection to cut ${cut} times`)
    })
  },
)
