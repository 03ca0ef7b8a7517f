#!/usr/bin/env node
// `npm run up`: install what is missing, prepare .data/, apply migrations, seed demo data, start the app.
// `npm run up -- --prod` builds and serves the production bundle instead of the dev server.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureCjkFont, ensureDependencies, ensureTesseract, log, nextBin, root, run } from './lib.mjs'
import { ensureRedisServer, freePort, waitForRedis } from './redis.mjs'

const production = process.argv.includes('--prod')
const port = process.env.PORT ?? '3000'
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data')

ensureDependencies()
ensureCjkFont()
ensureTesseract()
fs.mkdirSync(dataDir, { recursive: true })
process.env.NEXT_TELEMETRY_DISABLED = '1'

const processes = [
  { name: 'web', args: [nextBin(), production ? 'start' : 'dev', '-p', port] },
  { name: 'worker', args: ['--import', 'tsx', 'scheduler/worker.ts'] },
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
// With no real platform configured, the demo publishes to the local fakes of WeChat, Weibo and Toutiao.
if (!process.env.WECHAT_API_BASE && !process.env.WEIBO_API_BASE && !process.env.TOUTIAO_API_BASE) {
  process.env.WECHAT_API_BASE = 'http://127.0.0.1:4101'
  process.env.WEIBO_API_BASE = 'http://127.0.0.1:4102'
  process.env.TOUTIAO_API_BASE = 'http://127.0.0.1:4103'
  processes.unshift({ name: 'platform fakes', args: ['--import', 'tsx', 'tests/fakes/run.ts'] })
}
const children = new Map()
let stopping = false

function start(spec) {
  const child = spawn(process.execPath, spec.args, { cwd: root, stdio: 'inherit', env: process.env })
  children.set(spec.name, child)
  child.on('exit', (code, signal) => {
    children.delete(spec.name)
    if (stopping) return
    log(`${spec.name} exited (${code ?? signal}); restarting in 2 s`)
    setTimeout(() => start(spec), 2000)
  })
}

if (redis) {
  start(redis)
  await waitForRedis({ port: redis.port })
}
log('Applying migrations and loading demo data when the database is empty…')
run(process.execPath, ['--import', 'tsx', 'cms/startup/prepareDatabase.ts'])
if (production) {
  log('Building the production bundle (next build)…')
  run(process.execPath, [nextBin(), 'build'])
}
if (redis) processes.unshift(redis)
for (const spec of processes) if (spec !== redis) start(spec)
log(
  `Admin: http://localhost:${port}/admin  (logs of ${processes
    .filter((p) => p.name !== 'redis')
    .map((p) => p.name)
    .join(', ')}: this terminal)`,
)
if (processes.some((p) => p.name === 'redis'))
  log(`Redis: ${process.env.REDIS_URL}, data and log in ${path.relative(root, redisDir)}/ (redis.log)`)
if (processes.some((p) => p.name === 'platform fakes'))
  log('Publishing goes to local fakes of WeChat/Weibo/Toutiao: see what they received at http://127.0.0.1:4101/__ledger (4102, 4103)')
log(
  `Demo logins: admin@demo.local / editor@demo.local / copywriter@demo.local / designer@demo.local, password ${process.env.DEMO_PASSWORD ?? 'demo-pass-2026'}`,
)

function stopAll() {
  if (stopping) return
  stopping = true
  log('Stopping…')
  for (const child of children.values()) child.kill('SIGTERM')
  const deadline = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL')
    process.exit(0)
  }, 8000)
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check)
      clearTimeout(deadline)
      process.exit(0)
    }
  }, 100)
}
process.on('SIGINT', stopAll)
process.on('SIGTERM', stopAll)
