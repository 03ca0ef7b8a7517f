#!/usr/bin/env node
// The local Redis of `npm run up` and `npm test` when REDIS_URL is unset: Debian's redis-server
// (installed when missing), bound to 127.0.0.1 on a free port, AOF on, never evicting.
// Plain Node, no dependencies. `node scripts/redis.mjs serve --dir D --port P` runs one in the foreground.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server']

function findRedisServer() {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate))
  if (found) return found
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() : null
}

function aptInstall() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'redis-server'], { stdio: 'inherit', env }).status === 0
  if (install()) return true
  // A fresh machine may have no package lists yet.
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
  return install()
}

/** Path to redis-server, installing Debian's package (as root, non-interactively) when it is missing. */
export function ensureRedisServer() {
  const existing = findRedisServer()
  if (existing) return existing
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('redis-server is not installed. Install it (sudo apt-get install -y redis-server) or set REDIS_URL.')
  }
  process.stdout.write('[cms] Installing redis-server (apt-get)…\n')
  if (!aptInstall()) throw new Error('apt-get could not install redis-server; install it by hand or set REDIS_URL.')
  const installed = findRedisServer()
  if (!installed) throw new Error('redis-server was installed but cannot be found on PATH.')
  return installed
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    let reply = ''
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.on('error', () => done(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      reply += chunk
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
  })
}

/** redis-server arguments: loopback only, AOF (fsync every second), no RDB snapshots, no eviction. */
export function redisArgs({ dir, port }) {
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
    '--daemonize',
    'no',
    '--logfile',
    path.join(dir, 'redis.log'),
  ]
}

/**
 * Starts redis-server with its data in `dir` and resolves once it answers PING.
 * `stop()` asks it to shut down (it flushes the AOF) and waits for it to exit.
 */
/** Waits until a redis-server answers PING on `port` (up to `timeoutMs`). */
export async function waitForRedis({ port, timeoutMs = 15_000 }) {
  const deadline = Date.now() + timeoutMs
  while (!(await ping(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export async function startRedis({ dir, port } = {}) {
  const server = ensureRedisServer()
  fs.mkdirSync(dir, { recursive: true })
  const chosen = port ?? (await freePort())
  const child = spawn(server, redisArgs({ dir, port: chosen }), { stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const deadline = Date.now() + 15_000
  while (!(await ping(chosen))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      const log = path.join(dir, 'redis.log')
      throw new Error(
        `redis-server did not start on port ${chosen}${fs.existsSync(log) ? `:\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : ''}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    dir,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

function option(argv, name) {
  const at = argv.indexOf(name)
  return at === -1 ? undefined : argv[at + 1]
}

// `serve`: a foreground redis-server for a supervisor (scripts/up.mjs) to start, restart and stop.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'serve') {
  const argv = process.argv.slice(3)
  const dir = path.resolve(option(argv, '--dir') ?? '.data/redis')
  const port = Number(option(argv, '--port') ?? 6379)
  fs.mkdirSync(dir, { recursive: true })
  const child = spawn(ensureRedisServer(), redisArgs({ dir, port }), { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
