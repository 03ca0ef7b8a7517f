#!/usr/bin/env node
// `npm test`: installs what the tests need, then runs every test with Node's test runner, in one
// invocation so there is one summary at the end. `--unit`, `--int`, `--e2e`, `--checks` pick groups
// (see testFiles.mjs); file paths pick files. Redis is started only when an int or e2e file runs.
// `--postgres` runs the integration files (or the named ones) with every CMS they start on Postgres.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { forwardOutput } from './forwardOutput.mjs'
import { ensureDependencies, ensureTesseract, log, root } from './lib.mjs'
import { oneRunAtATime } from './oneRunAtATime.mjs'
import { startPostgres } from './postgres.mjs'
import { startRedis } from './redis.mjs'
import { bundleFolder, bundleTests, UNIT_ENTRY } from './testBundles.mjs'
import { GROUPS, groupOf, postgresRunFiles, testFilesOf } from './testFiles.mjs'

/**
 * `npm ci` when the lock file is newer than node_modules, by one run at a time: two test runs started
 * together on one checkout would each wipe node_modules under the other and leave it half installed.
 * A run that was killed while it held the turn no longer makes the next one wait (oneRunAtATime.mjs).
 */
function ensureDependenciesOnce() {
  oneRunAtATime({
    lock: path.join(os.tmpdir(), `cms-npm-ci-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`),
    work: ensureDependencies,
    say: (line) => log(`Installing dependencies: ${line}`),
  })
}

const args = process.argv.slice(2)
const allOnPostgres = args.includes('--postgres')
const groups = GROUPS.filter((group) => args.includes(`--${group}`))
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--postgres' && !groups.includes(arg.slice(2)))
if (unknown.length > 0) {
  log(`Unknown option ${unknown.join(' ')}: use ${GROUPS.map((g) => `--${g}`).join(', ')}, --postgres or test file paths.`)
  process.exit(2)
}
if (allOnPostgres && groups.some((group) => group !== 'int')) {
  log('--postgres runs integration tests only: use it alone, with --int, or with files under tests/int or tests/contract.')
  process.exit(2)
}
const only = args.filter((arg) => !arg.startsWith('--'))
const chosen = groups.length > 0 ? groups : only.length === 0 ? (allOnPostgres ? ['int'] : GROUPS) : []
// A group's unit tests run in one process (testBundles.mjs); files named on the command line run one by one.
const picked = [
  ...new Set([
    ...testFilesOf(chosen.filter((group) => group !== 'unit')),
    ...(chosen.includes('unit') ? [UNIT_ENTRY] : []),
    ...only.map((file) => path.relative(root, path.resolve(file)).split(path.sep).join('/')),
  ]),
]
const files = allOnPostgres ? postgresRunFiles(picked) : picked
if (allOnPostgres && files.length === 0) {
  log('None of the named files is an integration test that can run on Postgres.')
  process.exit(2)
}

// Stopped (Ctrl-C reaches the whole process group, a plain `kill` only this process): the runner stops its
// test files, and the run's Redis, Postgres and folders are still removed below before this process exits.
let interrupted = null
let runner = null
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    interrupted ??= signal
    runner?.kill(signal)
  })
// Once nobody reads our output (`npm test | head`), the run goes on unheard to its end and its clean-up.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})

/** A catch for a step before the run: notes why nothing will run, and answers null in place of its result. */
function failedToStart(what) {
  return (error) => {
    notStarted ??= `${what}: ${(error instanceof Error ? error.message.split('\n')[0] : String(error)).replace(/:$/, '')}`
    return null
  }
}

ensureDependenciesOnce()
const needsRedis = files.some((file) =>
  ['int', 'e2e'].includes(groupOf(path.relative(root, path.resolve(root, file)).split(path.sep).join('/'))),
)
// Int and e2e tests upload and approve images, whose text tesseract reads.
if (needsRedis) ensureTesseract()
// One Redis for the whole run (tests that publish need the scheduler's queue), unless REDIS_URL names one.
const redisDir = needsRedis && !process.env.REDIS_URL ? fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-redis-')) : null
const redis = redisDir ? await startRedis({ dir: redisDir }) : null
// One Postgres for the run when a Postgres suite runs (tests/int/postgres*: the scheduler, crash and other
// suites again) or everything runs there (--postgres), each file on a fresh database of it, unless
// TEST_POSTGRES_URL names a server.
const needsPostgres =
  allOnPostgres || files.some((file) => /(^|\/)tests\/int\/postgres[^/]*\.test\.ts$/.test(file.split(path.sep).join('/')))
const postgresDir = needsPostgres && !process.env.TEST_POSTGRES_URL ? fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-postgres-')) : null
if (postgresDir) fs.chmodSync(postgresDir, 0o755)
// Anything that fails from here on (Postgres not starting, a test file that does not compile) still reaches
// the clean-up at the end: the Redis started above would otherwise be left running.
let notStarted = null
const postgres = postgresDir ? await startPostgres({ dir: postgresDir, fast: true }).catch(failedToStart('Postgres did not start')) : null
// The committed SQLite migrations are applied once per run: each test file copies the migrated database
// (tests/helpers/testCms.ts) instead of applying them again on its own fresh file.
const migratedDir = needsRedis ? fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-migrated-')) : null
// Inside the project, so that the bundles' imports of packages resolve from node_modules; one folder per run.
const bundleDir = bundleFolder(path.join(root, 'node_modules', '.cache', 'cms-test-bundles'))
// The worker the int and e2e tests start is bundled with them (tests/helpers/worker.ts).
const WORKER = 'scheduler/worker.ts'
const bundled = notStarted
  ? []
  : await bundleTests({ files: needsRedis ? [...files, WORKER] : files, outDir: bundleDir }).catch(
      failedToStart('The test files could not be built (esbuild says where, above)'),
    )
const bundles = (bundled ?? []).slice(0, files.length)
if (notStarted) log(`${notStarted}. No test ran.`)
else log(`Running ${files.length} test files${redis ? ` (Redis at ${redis.url})` : ''}${postgres ? ` (Postgres at ${postgres.url})` : ''}`)
// Tests close what they open, so the runner ends by itself; if a file ever leaves something open the run
// would wait forever, so it is stopped well before CI's own limit, saying why.
const RUN_LIMIT_MS = 45 * 60_000
if (!interrupted && !notStarted)
  runner = spawn(
    process.execPath,
    [
      // The bundles' stack traces name our TypeScript files and lines.
      '--enable-source-maps',
      '--test',
      `--test-reporter=${path.join(root, 'scripts', 'testReporter.mjs')}`,
      '--test-reporter-destination=stdout',
      // Three files at once on two cores: many files spend stretches waiting (a job lock to expire, a due
      // time, a killed worker's successor), and with two at a time the CPU sat idle for minutes of the run.
      // Four at once was no faster on a fresh clone (18 min 42 s against 18 min 31 s): the run is then short of CPU.
      '--test-concurrency=3',
      '--test-timeout=900000',
      ...bundles,
    ],
    {
      cwd: root,
      // Its report through us (forwardOutput.mjs); stderr stays the terminal's, which the reporter's colours follow.
      stdio: ['inherit', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        ...(redis ? { REDIS_URL: redis.url } : {}),
        ...(postgres ? { TEST_POSTGRES_URL: postgres.url } : {}),
        // tests/helpers/testCms.ts then starts every CMS on a fresh database of that server.
        ...(allOnPostgres ? { TEST_ON_POSTGRES: '1' } : {}),
        ...(migratedDir ? { TEST_MIGRATED_SQLITE_DIR: migratedDir } : {}),
        ...(needsRedis ? { TEST_WORKER_BUNDLE: bundled[files.length] } : {}),
      },
    },
  )
if (runner) forwardOutput({ from: runner.stdout, to: process.stdout })
const limit = setTimeout(() => {
  log(
    `The test run is still going after ${RUN_LIMIT_MS / 60_000} minutes: a test file probably left a handle open (a server, a Redis client, a worker). Stopping it.`,
  )
  runner?.kill('SIGKILL')
}, RUN_LIMIT_MS)
// 'close', not 'exit': the report's last lines (the summary CI reads) must have come through first.
const status = runner ? await new Promise((resolve) => runner.on('close', (code) => resolve(code ?? 1))) : 1
clearTimeout(limit)
await redis?.stop()
if (redisDir) fs.rmSync(redisDir, { recursive: true, force: true })
await postgres?.stop()
if (postgresDir) fs.rmSync(postgresDir, { recursive: true, force: true })
if (migratedDir) fs.rmSync(migratedDir, { recursive: true, force: true })
fs.rmSync(bundleDir, { recursive: true, force: true })
process.exit(interrupted ? 128 + os.constants.signals[interrupted] : status)
