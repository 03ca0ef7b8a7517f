/**
 * One run of bench:api (bench/api.ts starts it, one process per database, since the database is
 * chosen at import): `editors` simulated editors, each signed in, each doing `rounds` rounds of list,
 * open, save and preview at once with the others, first over HTTP against `web` web processes
 * (bench/apiServer.ts, requests spread round robin as a load balancer would), then the same calls
 * through Payload's Local API in this process (run first, alone on the database). One untimed warm-up round precedes each. Prints one
 * `RESULT {json}` line with p50/p99 per request kind for both, and how busy the CPUs were meanwhile.
 * Run: node --import tsx bench/apiRun.ts --database postgres --web 2 [--editors 50 --rounds 6]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { User } from '../cms/payload-types'
import { databaseKind } from '../lib/databaseKind'
import { errorSummary } from '../lib/errorSummary'
import { startPostgres } from '../scripts/postgres.mjs'
import { startProcess, type Started } from '../tests/helpers/processes'
import { startTestCms } from '../tests/helpers/testCms'
import { startBusyMeter } from './machineBusy'

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    web: { type: 'string', default: '1' },
    editors: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '6' },
  },
  strict: true,
})
const options = z
  .object({
    database: z.enum(['sqlite', 'postgres']),
    web: z.coerce.number().int().min(1).max(8),
    editors: z.coerce.number().int().min(1).max(500),
    rounds: z.coerce.number().int().min(1).max(100),
  })
  .parse(values)

const KINDS = ['list', 'open', 'save', 'preview'] as const
type Kind = (typeof KINDS)[number]
type Timings = Record<Kind, number[]> & { errors: string[] }
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PASSWORD = 'bench-pass-2026'

process.env.LOG_LEVEL ??= 'error'
const postgresDir = options.database === 'postgres' ? fs.mkdtempSync(path.join(os.tmpdir(), 'cms-bench-postgres-')) : null
if (postgresDir) fs.chmodSync(postgresDir, 0o755)
const postgres = postgresDir ? await startPostgres({ dir: postgresDir }) : null
// Every run, and one that fails part way, leaves no Postgres running and no cluster behind (on Ctrl-C the test
// helpers' own handler, tests/helpers/whenStopped.ts, exits the process, and this runs then too).
let postgresStopped = false
process.on('exit', () => {
  try {
    if (postgres?.pid && !postgresStopped) process.kill(postgres.pid, 'SIGKILL')
  } catch {
    // Gone already.
  }
  if (postgresDir) fs.rmSync(postgresDir, { recursive: true, force: true })
})
if (postgres) {
  // As a Postgres suite asks for it (tests/helpers/testCms.ts): a fresh database on that server.
  process.env.TEST_POSTGRES_URL = postgres.url
  process.env.TEST_ON_POSTGRES = '1'
}
const cms = await startTestCms()
// A figure printed under the wrong database's name is worse than none.
const runsOn = databaseKind(process.env.DATABASE_URL ?? '')
if (runsOn !== options.database) throw new Error(`asked for ${options.database}, but the CMS runs on ${runsOn}`)
const payload: Payload = cms.payload
// Many Local API writes at once in one process take turns on SQLite, as the project's own in-process
// callers do (cms/database/databaseTurns.ts); on Postgres they run as they come.
const local: Payload = (await import('../cms/database/databaseTurns')).withDatabaseTurns(payload)
const { renderForPlatform } = await import('../templates')
const { renderInputFor } = await import('../cms/rendering/renderInputFor')
const { env } = await import('../lib/env')

const paragraph = '双12 会员日，全场满 199 减 30，门店与小程序同步开启。会员积分翻倍，新客首单再减 10 元。'
const bodyOf = (n: number, round: number) =>
  `## 活动说明 ${n}\n\n${Array.from({ length: 12 }, () => paragraph).join('\n\n')}\n\n第 ${round} 稿。\n`

// The team: one editor per simulated person, each with an article of their own in draft, among 150 others.
const editors: { user: User; token: string; article: string | number }[] = []
for (let n = 0; n < options.editors; n += 1) {
  const email = `editor${n}@bench.local`
  const created = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: PASSWORD, name: `编辑 ${n}`, role: 'editor' },
  })
  const article = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    draft: true,
    data: { title: `编辑 ${n} 的稿件`, body: bodyOf(n, 0), digest: '会员日满减攻略', author: `编辑 ${n}`, owner: created.id },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  const user = await payload.findByID({ collection: 'users', id: created.id, overrideAccess: true, depth: 0 })
  editors.push({ user, token, article: article.id })
}
for (let n = 0; n < 150; n += 1)
  await payload.create({
    collection: 'articles',
    overrideAccess: true,
    draft: true,
    data: { title: `往期稿件 ${n}`, body: bodyOf(1000 + n, 0), digest: '往期', author: '往期', owner: editors[n % editors.length].user.id },
  })

const emptyTimings = (): Timings => ({ list: [], open: [], save: [], preview: [], errors: [] })

async function timed(timings: Timings | null, kind: Kind, call: () => Promise<void>): Promise<void> {
  const start = performance.now()
  try {
    await call()
  } catch (error) {
    timings?.errors.push(`${kind}: ${errorSummary(error)}`)
    return
  }
  timings?.[kind].push(performance.now() - start)
}

let nextServer = 0
async function http(args: { token: string; method: 'GET' | 'PATCH'; path: string; body?: unknown }): Promise<void> {
  const server = servers[nextServer++ % servers.length]
  const response = await fetch(`${server.url}${args.path}`, {
    method: args.method,
    headers: { authorization: `JWT ${args.token}`, ...(args.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: args.body === undefined ? undefined : JSON.stringify(args.body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${args.method} ${args.path.split('?')[0]}: HTTP ${response.status} ${text.slice(0, 160)}`)
}

async function overHttp(editor: (typeof editors)[number], round: number, timings: Timings | null): Promise<void> {
  const { token, article } = editor
  await timed(timings, 'list', () => http({ token, method: 'GET', path: '/api/articles?limit=20&depth=0&sort=-updatedAt' }))
  await timed(timings, 'open', () => http({ token, method: 'GET', path: `/api/articles/${article}?depth=1&draft=true` }))
  await timed(timings, 'save', () =>
    http({ token, method: 'PATCH', path: `/api/articles/${article}?draft=true&depth=0`, body: { body: bodyOf(Number(article), round) } }),
  )
  await timed(timings, 'preview', () => http({ token, method: 'GET', path: `/api/articles/${article}/render?platform=wechat&draft=true` }))
}

async function throughLocalApi(editor: (typeof editors)[number], round: number, timings: Timings | null): Promise<void> {
  const user = { ...editor.user, collection: 'users' as const }
  const id = editor.article
  await timed(timings, 'list', async () => {
    await local.find({ collection: 'articles', limit: 20, depth: 0, sort: '-updatedAt', user, overrideAccess: false })
  })
  await timed(timings, 'open', async () => {
    await local.findByID({ collection: 'articles', id, depth: 1, draft: true, user, overrideAccess: false })
  })
  await timed(timings, 'save', async () => {
    await local.update({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      data: { body: bodyOf(Number(id), round) },
      user,
      overrideAccess: false,
    })
  })
  await timed(timings, 'preview', async () => {
    const doc = await local.findByID({ collection: 'articles', id, depth: 1, draft: true, user, overrideAccess: false })
    renderForPlatform({
      platform: 'wechat',
      input: renderInputFor({ collection: 'articles', doc, platform: 'wechat', serverUrl: env.serverUrl }),
    })
  })
}

async function everyone(work: typeof overHttp, rounds: number, timings: Timings | null, firstRound: number): Promise<number> {
  const start = performance.now()
  await Promise.all(
    editors.map(async (editor) => {
      for (let round = 0; round < rounds; round += 1) await work(editor, firstRound + round, timings)
    }),
  )
  return performance.now() - start
}

const summary = (timings: Timings, wallMs: number) => {
  const quantile = (sorted: number[], q: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const sorted = [...timings[kind]].sort((a, b) => a - b)
      return [kind, { n: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) }]
    }),
  )
  const requests = KINDS.reduce((sum, kind) => sum + timings[kind].length, 0)
  return {
    kinds,
    errors: timings.errors.length,
    firstErrors: [...new Set(timings.errors)].slice(0, 3),
    perSecond: requests / (wallMs / 1000),
  }
}

// The Local API first, alone on the database; then the web processes start and take the same load over HTTP.
await everyone(throughLocalApi, 1, null, 100)
const localTimings = emptyTimings()
const localBusy = startBusyMeter()
const localMs = await everyone(throughLocalApi, options.rounds, localTimings, 101)
const localBusyShare = localBusy()

// The web processes, on the same database and secrets (this process's environment, set by startTestCms).
const servers: { started: Started; url: string }[] = []
for (let n = 0; n < options.web; n += 1) {
  const started = startProcess({
    command: process.execPath,
    argv: ['--import', 'tsx', 'bench/apiServer.ts'],
    cwd: root,
    env: { ...process.env },
  })
  const deadline = Date.now() + 180_000
  let url: string | undefined
  while (!(url = /api server ready (\S+)/.exec(started.output())?.[1])) {
    if (started.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`web process ${n + 1} did not start:\n${started.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  servers.push({ started, url })
}

await everyone(overHttp, 1, null, 1)
const httpTimings = emptyTimings()
const httpBusy = startBusyMeter()
const httpMs = await everyone(overHttp, options.rounds, httpTimings, 2)
const httpBusyShare = httpBusy()

const result = {
  database: options.database,
  web: options.web,
  editors: options.editors,
  rounds: options.rounds,
  http: { ...summary(httpTimings, httpMs), busy: httpBusyShare },
  local: { ...summary(localTimings, localMs), busy: localBusyShare },
}
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)

await Promise.all(servers.map((server) => server.started.stop()))
await cms.close()
await postgres?.stop()
postgresStopped = true
// The exit's clean-up (above) removes the cluster.
process.exit(0)
