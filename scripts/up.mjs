#!/usr/bin/env node
// `npm run up`: install what is missing, prepare .data/, apply migrations, seed demo data, start the app.
// `npm run up -- --prod` builds and serves the production bundle instead of the dev server.
// `npm run up -- --postgres` keeps the data in a local Postgres (.data/postgres) instead of SQLite;
// `--web N --workers M` (with --prod and Postgres) run N web processes on PORT, PORT+1, … and M workers.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureCjkFont, ensureDependencies, ensureTesseract, log, nextBin, nextStartArgs, root, run } from './lib.mjs'
import { localSecretsFor } from './localSecrets.mjs'
import { ensurePostgres, localPostgresUrl, waitForPostgres } from './postgres.mjs'
import { ensureRedisServer, freePort, waitForRedis } from './redis.mjs'
import { relayQuietly, stopInStages } from './shutdown.mjs'

const production = process.argv.includes('--prod')
const countOption = (name) => {
  const at = process.argv.indexOf(name)
  const value = at === -1 ? 1 : Number(process.argv[at + 1])
  if (!Number.isInteger(value) || value < 1 || value > 16) {
    log(`${name} takes a number of processes from 1 to 16, e.g. ${name} 2`)
    process.exit(2)
  }
  return value
}
const webCount = countOption('--web')
const workerCount = countOption('--workers')
const port = process.env.PORT ?? '3000'
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data')

ensureDependencies()
ensureCjkFont()
ensureTesseract()
fs.mkdirSync(dataDir, { recursive: true })
process.env.NEXT_TELEMETRY_DISABLED = '1'
if (production) {
  // `next start` must be given its secrets; on this machine, the dev server's (a deployment sets its own).
  const secrets = localSecretsFor({ dataDir, env: process.env })
  Object.assign(process.env, secrets)
  const names = Object.keys(secrets)
  if (names.length > 0)
    log(`Production bundle with ${names.join(' and ')} from ${path.relative(root, dataDir)}/ (set them for a real deployment)`)
}

// The database: SQLite under .data/ by default, a local Postgres with --postgres (data in .data/postgres),
// or whatever DATABASE_URL names.
const postgresDir = path.join(dataDir, 'postgres')
const postgres = process.argv.includes('--postgres') && !process.env.DATABASE_URL ? { name: 'postgres', port: await freePort() } : null
if (postgres) {
  ensurePostgres()
  process.env.DATABASE_URL = localPostgresUrl({ port: postgres.port })
  postgres.args = ['scripts/postgres.mjs', 'serve', '--dir', postgresDir, '--port', String(postgres.port)]
}
const sharedDatabase = /^(postgres(ql)?|mongodb(\+srv)?):\/\//i.test(process.env.DATABASE_URL ?? '')
if ((webCount > 1 || workerCount > 1) && !sharedDatabase) {
  log('Several web or worker processes need a database many processes write at once: add --postgres (or set DATABASE_URL).')
  process.exit(2)
}
if (webCount > 1 && !production) {
  log('Several web processes serve the production build: add --prod.')
  process.exit(2)
}
const processes = [
  ...Array.from({ length: webCount }, (_, index) => ({
    name: webCount === 1 ? 'web' : `web ${index + 1}`,
    args: production ? nextStartArgs(Number(port) + index) : [nextBin(), 'dev', '-p', String(Number(port) + index)],
  })),
  ...Array.from({ length: workerCount }, (_, index) => ({
    name: workerCount === 1 ? 'worker' : `worker ${index + 1}`,
    args: ['--import', 'tsx', 'scheduler/worker.ts'],
  })),
]
// The scheduler's queue: a local redis-server (data in .data/redis, AOF, noeviction) unless REDIS_URL is set.
// It starts first, so that the demo's scheduled items are queued as they are seeded.
const redisDir = path.join(dataDir, 'redis')
const redis = process.env.REDIS_URL ? null : { name: 'redis', port: await freePort() }
if (redis) {
  ensureRedisServer()
  process.env.REDIS_URL = `redis://127.0.0.1:${redis.port}`
  redis.args = ['scripts/redis.mjs', 'serve', '--dir', redisDir, '--port', String(redis.port)]
}
// With no real platform configured, the demo publishes to the local fakes of WeChat, Weibo, Toutiao and Douyin.
if (!process.env.WECHAT_API_BASE && !process.env.WEIBO_API_BASE && !process.env.TOUTIAO_API_BASE && !process.env.DOUYIN_API_BASE) {
  process.env.WECHAT_API_BASE = 'http://127.0.0.1:4101'
  process.env.WEIBO_API_BASE = 'http://127.0.0.1:4102'
  process.env.TOUTIAO_API_BASE = 'http://127.0.0.1:4103'
  process.env.DOUYIN_API_BASE = 'http://127.0.0.1:4104'
  processes.unshift({ name: 'platform fakes', args: ['--import', 'tsx', 'tests/fakes/run.ts'] })
}
const children = new Map()
let stopping = false
/** Stop order: the app (web, workers) first, then the platform fakes it posts to, then Redis and the database. */
const stopStage = (name) => (name === 'redis' || name === 'postgres' ? 2 : name === 'platform fakes' ? 1 : 0)

function start(spec) {
  // Its own process group: Ctrl-C reaches this supervisor only, which stops the children in order.
  const child = spawn(process.execPath, spec.args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...process.env },
  })
  relayQuietly({ from: child.stdout, to: process.stdout, stopping: () => stopping })
  relayQuietly({ from: child.stderr, to: process.stderr, stopping: () => stopping })
  children.set(spec.name, child)
  child.on('exit', (code, signal) => {
    if (children.get(spec.name) === child) children.delete(spec.name)
    if (stopping) return
    log(`${spec.name} exited (${code ?? signal}); restarting in 2 s`)
    setTimeout(() => {
      if (!stopping) start(spec)
    }, 2000)
  })
}

if (redis) {
  start(redis)
  await waitForRedis({ port: redis.port })
}
if (postgres) {
  start(postgres)
  await waitForPostgres({ dir: postgresDir, port: postgres.port, database: 'cms' })
}
log('Applying migrations and loading demo data when the database is empty…')
run(process.execPath, ['--import', 'tsx', 'cms/startup/prepareDatabase.ts'])
if (production) {
  log('Building the production bundle (next build)…')
  run(process.execPath, [nextBin(), 'build'])
}
if (redis) processes.unshift(redis)
if (postgres) processes.unshift(postgres)
for (const spec of processes) if (spec !== redis && spec !== postgres) start(spec)
log(
  `Admin: http://localhost:${port}/admin  (logs of ${processes
    .filter((p) => p.name !== 'redis' && p.name !== 'postgres')
    .map((p) => p.name)
    .join(', ')}: this terminal)`,
)
if (processes.some((p) => p.name === 'redis'))
  log(`Redis: ${process.env.REDIS_URL}, data and log in ${path.relative(root, redisDir)}/ (redis.log)`)
if (postgres) log(`Postgres: ${process.env.DATABASE_URL}, data and log in ${path.relative(root, postgresDir)}/`)
if (webCount > 1)
  log(
    `Web processes on ports ${Array.from({ length: webCount }, (_, index) => Number(port) + index).join(', ')}: put a load balancer in front`,
  )
if (processes.some((p) => p.name === 'platform fakes'))
  log(
    'Publishing goes to local fakes of WeChat/Weibo/Toutiao/Douyin: see what they received at http://127.0.0.1:4101/__ledger (4102, 4103, 4104)',
  )
log(
  `Demo logins: admin@demo.local / editor@demo.local / copywriter@demo.local / designer@demo.local / producer@demo.local (编导) / operator@demo.local (内容运营), password ${process.env.DEMO_PASSWORD ?? 'demo-pass-2026'}`,
)

async function stopAll() {
  if (stopping) return
  stopping = true
  log('Stopping: the app first, then the platform fakes, Redis and the database…')
  const all = [...children.entries()]
  await stopInStages({
    stages: [0, 1, 2].map((stage) => all.filter(([name]) => stopStage(name) === stage).map(([, child]) => child)),
    onKill: (child) => log(`process ${child.pid} did not stop in time: killed`),
  })
  log('Stopped.')
  process.exit(0)
}
process.on('SIGINT', () => void stopAll())
process.on('SIGTERM', () => void stopAll())
// Should this supervisor die some other way, its detached children must not outlive it.
process.on('exit', () => {
  for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})
