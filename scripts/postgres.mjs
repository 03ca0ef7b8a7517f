#!/usr/bin/env node
// The local Postgres of `npm run up -- --postgres` and of `npm test` (its Postgres suites): Debian's
// postgresql (installed when missing), listening on 127.0.0.1 on a free port, its socket in the data
// directory. Postgres refuses to run as root, so as root the data directory belongs to the `postgres`
// user the Debian package creates and the server runs as that user. Plain Node, no dependencies.
// `node scripts/postgres.mjs serve --dir D --port P` runs one in the foreground.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './redis.mjs'

const SUPERUSER = 'cms'

function binDirs() {
  const base = '/usr/lib/postgresql'
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : []
  return [...versions.map((version) => path.join(base, version, 'bin')), '/usr/local/bin', '/usr/bin']
}

function findBinDir() {
  return binDirs().find((dir) => ['initdb', 'postgres', 'psql'].every((name) => fs.existsSync(path.join(dir, name)))) ?? null
}

function aptInstall() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env }).status === 0
  if (install()) return true
  // A fresh machine may have no package lists yet.
  spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
  return install()
}

/** The directory of initdb, postgres and psql, installing Debian's postgresql (as root, non-interactively) when missing. */
export function ensurePostgres() {
  const existing = findBinDir()
  if (existing) return existing
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('Postgres is not installed. Install it (sudo apt-get install -y postgresql) or set DATABASE_URL to a postgres:// URL.')
  }
  process.stdout.write('[cms] Installing postgresql (apt-get)…\n')
  if (!aptInstall()) throw new Error('apt-get could not install postgresql; install it by hand or set DATABASE_URL.')
  const installed = findBinDir()
  if (!installed) throw new Error('postgresql was installed but initdb/postgres cannot be found under /usr/lib/postgresql.')
  return installed
}

/** Root runs the server as `postgres` (Postgres will not run as root); anyone else runs it as themselves. */
function runAs() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
  const uid = id('-u')
  const gid = id('-g')
  if (uid.status !== 0 || gid.status !== 0) {
    spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'inherit' })
    return runAs()
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

function chownTree(dir, user) {
  if (!user) return
  spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, dir], { stdio: 'inherit' })
}

/** initdb into `dir/pgdata` once (trust auth on loopback and the socket: the server listens on nothing else). */
function initCluster({ bin, dir, user }) {
  const data = path.join(dir, 'pgdata')
  if (fs.existsSync(path.join(data, 'PG_VERSION'))) return data
  fs.mkdirSync(data, { recursive: true, mode: 0o700 })
  chownTree(dir, user)
  const result = spawnSync(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    { encoding: 'utf8', ...(user ? { uid: user.uid, gid: user.gid } : {}), cwd: dir },
  )
  if (result.status !== 0) throw new Error(`initdb failed in ${data}:\n${result.stdout}${result.stderr}`)
  return data
}

/** postgres arguments: loopback only, socket in the data folder, sized for a developer machine or CI. */
export function postgresArgs({ data, port, dir, fast = false }) {
  return [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'max_connections=300',
    '-c',
    'shared_buffers=64MB',
    // Tests throw their databases away: no fsync there. `npm run up` keeps them durable.
    ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    '-c',
    `logging_collector=off`,
  ]
}

function psql({ bin, dir, port, sql, database = 'postgres' }) {
  return spawnSync(
    path.join(bin, 'psql'),
    ['-h', dir, '-p', String(port), '-U', SUPERUSER, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql],
    {
      encoding: 'utf8',
    },
  )
}

function ready({ bin, dir, port, database = 'postgres' }) {
  return psql({ bin, dir, port, database, sql: 'select 1' }).status === 0
}

/** Creates database `name` when it does not exist. */
export function createDatabase({ bin, dir, port, name }) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a plain database name (a-z, 0-9, _)`)
  const exists = psql({ bin, dir, port, sql: `select 1 from pg_database where datname = '${name}'` })
  if (exists.stdout.trim() === '1') return
  const created = psql({ bin, dir, port, sql: `create database ${name}` })
  if (created.status !== 0) throw new Error(`could not create database ${name}: ${created.stderr}`)
}

async function waitUntilReady({ bin, dir, port, child, log }) {
  const deadline = Date.now() + 30_000
  while (!ready({ bin, dir, port })) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(
        `postgres did not start on port ${port}${fs.existsSync(log) ? `:\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : ''}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Starts a Postgres with its cluster in `dir/pgdata` (created on first use) and database `database`,
 * and resolves once it answers. `url` is the server's base (append a database name); `databaseUrl`
 * the one database; `createDatabase(name)` makes another. `stop()` shuts it down (fast mode).
 * @param {{ dir: string, port?: number, database?: string, fast?: boolean }} options
 */
export async function startPostgres({ dir, port, database = 'cms', fast = false }) {
  const bin = ensurePostgres()
  fs.mkdirSync(dir, { recursive: true })
  const user = runAs()
  const data = initCluster({ bin, dir, user })
  chownTree(dir, user)
  const chosen = port ?? (await freePort())
  const log = path.join(dir, 'postgres.log')
  const out = fs.openSync(log, 'a')
  const child = spawn(path.join(bin, 'postgres'), postgresArgs({ data, port: chosen, dir, fast }), {
    stdio: ['ignore', out, out],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  })
  fs.closeSync(out)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await waitUntilReady({ bin, dir, port: chosen, child, log })
  createDatabase({ bin, dir, port: chosen, name: database })
  const base = `postgres://${SUPERUSER}@127.0.0.1:${chosen}`
  return {
    url: base,
    databaseUrl: `${base}/${database}`,
    port: chosen,
    dir,
    pid: child.pid,
    createDatabase: (name) => createDatabase({ bin, dir, port: chosen, name }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      // SIGINT is Postgres's fast shutdown: it rolls back open transactions and exits cleanly.
      child.kill('SIGINT')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/**
 * Waits until the Postgres on `port` (socket in `dir`) answers with `database` in place (up to `timeoutMs`).
 * @param {{ dir: string, port: number, database?: string, timeoutMs?: number }} options
 */
export async function waitForPostgres({ dir, port, database = 'postgres', timeoutMs = 60_000 }) {
  const bin = ensurePostgres()
  const deadline = Date.now() + timeoutMs
  while (!ready({ bin, dir, port, database })) {
    if (Date.now() > deadline) throw new Error(`postgres did not answer on port ${port} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The URL `npm run up -- --postgres` gives the app for its local server. */
export function localPostgresUrl({ port, database = 'cms' }) {
  return `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`
}

function option(argv, name) {
  const at = argv.indexOf(name)
  return at === -1 ? undefined : argv[at + 1]
}

// `serve`: a foreground Postgres for a supervisor (scripts/up.mjs) to start, restart and stop; it
// creates its database once it answers.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'serve') {
  const argv = process.argv.slice(3)
  const dir = path.resolve(option(argv, '--dir') ?? '.data/postgres')
  const port = Number(option(argv, '--port') ?? 5432)
  const database = option(argv, '--database') ?? 'cms'
  const bin = ensurePostgres()
  fs.mkdirSync(dir, { recursive: true })
  const user = runAs()
  const data = initCluster({ bin, dir, user })
  chownTree(dir, user)
  const log = path.join(dir, 'postgres.log')
  const out = fs.openSync(log, 'a')
  const child = spawn(path.join(bin, 'postgres'), postgresArgs({ data, port, dir }), {
    stdio: ['ignore', out, out],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  })
  fs.closeSync(out)
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGINT'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  waitUntilReady({ bin, dir, port, child, log }).then(
    () => createDatabase({ bin, dir, port, name: database }),
    (error) => {
      process.stderr.write(`${error.message}\n`)
      child.kill('SIGINT')
    },
  )
}
