import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'

/**
 * `npm test` cleans up after itself when nobody reads its output any more (`npm test | head`), when a
 * file's CMS cannot start, when a file cannot be built, and when it is stopped: the Redis it started is
 * shut down, the test files it stopped end what they started (tests/helpers/whenStopped.ts), and every
 * folder is removed. Each case runs the test command itself on one int file, as a developer would, with
 * a temporary folder of its own (TMPDIR) in which every folder of that run is made.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const made: string[] = []
after(() => {
  for (const dir of made) {
    stopProcessesIn(dir)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

/**
 * Processes of a run made in `dir`: every one of them inherits TMPDIR=`dir` (the run's, its test files',
 * what those start), and redis-server works in its data folder there. What a failed clean-up leaves.
 */
function processesIn(dir: string): number[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) return []
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0')
      return environ.includes(`TMPDIR=${dir}`) || fs.readlinkSync(`/proc/${entry}/cwd`).startsWith(dir) ? [Number(entry)] : []
    } catch {
      return []
    }
  })
}

function stopProcessesIn(dir: string): void {
  for (const pid of processesIn(dir)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
}

/** The test command on one int file, in a temporary folder of its own, apart from this run's services. */
function testCommand(file = 'tests/int/lockout.test.ts', extraEnv: Record<string, string> = {}): { child: ChildProcess; tmp: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-command-'))
  made.push(tmp)
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, ...extraEnv }
  // Apart from this run: its services, and the variable by which Node's runner knows it is inside a test
  // file (a runner started there skips its files and passes).
  for (const name of [
    'REDIS_URL',
    'TEST_POSTGRES_URL',
    'TEST_ON_POSTGRES',
    'TEST_MIGRATED_SQLITE_DIR',
    'TEST_WORKER_BUNDLE',
    'NODE_TEST_CONTEXT',
  ])
    delete env[name]
  const child = spawn(process.execPath, ['scripts/test.mjs', file], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { child, tmp }
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
  const [code] = (await once(child, 'close')) as [number | null]
  clearTimeout(timer)
  return code
}

/** What the command made and should have removed: its Redis's, Postgres's and migrated database's folders. */
const runFolders = (tmp: string) => fs.readdirSync(tmp).filter((name) => /^cms-test-(redis|migrated|postgres)-/.test(name))

test('a reader that goes away after the first line (npm test | head -1): the tests run to their end, and the run cleans up', async () => {
  const { child, tmp } = testCommand()
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const [first] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer]
  assert.match(first.toString(), /^\[cms\] /)
  child.stdout?.destroy()
  // 0: the runner's, for the file's tests passing (a runner cut off by the closed pipe ends with an error).
  const code = await exitOf(child)
  assert.doesNotMatch(errors, /skipping running files/)
  assert.equal(code, 0, errors.slice(-2000))
  assert.deepEqual(runFolders(tmp), [])
  assert.deepEqual(processesIn(tmp), [], 'no Redis left running')
})

test('stopped with SIGTERM while a file runs a worker: it stops that file and what it started, shuts its Redis down and removes every folder', async () => {
  const { child, tmp } = testCommand('tests/int/schedulerCrash.test.ts')
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  // The file's worker runs in a process group of its own, out of reach of the runner's SIGTERM.
  const workerRuns = () =>
    processesIn(tmp).some((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scheduler/worker.mjs')
      } catch {
        return false
      }
    })
  const deadline = Date.now() + 180_000
  while (!workerRuns()) {
    assert.ok(Date.now() < deadline && child.exitCode === null, `no worker started:\n${output.slice(-2000)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGTERM')
  assert.equal(await exitOf(child), 128 + os.constants.signals.SIGTERM)
  // Processes take a moment to be gone after SIGKILL.
  const settled = Date.now() + 10_000
  while (processesIn(tmp).length > 0 && Date.now() < settled) await new Promise((resolve) => setTimeout(resolve, 100))
  assert.deepEqual(processesIn(tmp), [], 'nothing of the run left running')
  assert.deepEqual(fs.readdirSync(tmp), [], 'no folder left')
})

test('a file whose CMS cannot start (a mistyped setting): the file fails saying why, and no folder is left', async () => {
  const { child, tmp } = testCommand('tests/int/lockout.test.ts', { APP_TIMEZONE: 'Asia/Shangai' })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  assert.equal(await exitOf(child), 1)
  assert.match(output, /APP_TIMEZONE "Asia\/Shangai" is not an IANA time zone/)
  assert.deepEqual(fs.readdirSync(tmp), [], 'no folder left')
})

test('a test file that cannot be built (a mistyped name): the run says so, runs nothing, and leaves no Redis and no folder', async () => {
  const { child, tmp } = testCommand('tests/int/lockot.test.ts')
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  assert.equal(await exitOf(child), 1)
  assert.match(output, /The test files could not be built \(esbuild says where, above\): Build failed with 1 error\. No test ran\./)
  assert.deepEqual(processesIn(tmp), [], 'no Redis left running')
  assert.deepEqual(fs.readdirSync(tmp), [], 'no folder left')
})
