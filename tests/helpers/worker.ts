import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startProcess, type Started, waitForOutput } from './processes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type TestWorker = {
  output: () => string
  /** SIGTERM: running jobs finish first. */
  stop: () => Promise<void>
  /** SIGKILL: the worker dies wherever it is. */
  kill: () => Promise<void>
  pid: () => number | undefined
}

/** The worker's command line: the run's bundle of it when `npm test` made one (scripts/testBundles.mjs), else through tsx. */
export function workerArgv(): string[] {
  const bundle = process.env.TEST_WORKER_BUNDLE
  return bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', 'scheduler/worker.ts']
}

/**
 * `scheduler/worker.ts` in its own process, with this process's environment (set up by startTestCms:
 * the database, secrets, REDIS_URL, the fakes' base URLs), plus `env`. Resolves once it is consuming jobs.
 */
export async function startTestWorker(
  args: { lockMs?: number; reconcileEveryMs?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<TestWorker> {
  const argv = [...workerArgv(), '--lock-ms', String(args.lockMs ?? 3000), '--reconcile-every-ms', String(args.reconcileEveryMs ?? 60_000)]
  const started: Started = startProcess({
    command: process.execPath,
    argv,
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...args.env },
  })
  try {
    await waitForOutput({ started, ready: 'scheduler worker ready', what: 'the worker', timeoutMs: args.timeoutMs ?? 60_000 })
  } catch (error) {
    await started.stop()
    throw error
  }
  return {
    output: started.output,
    stop: started.stop,
    pid: () => started.child.pid,
    kill: async () => {
      const { child } = started
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGKILL')
      await exited
    },
  }
}

/** Runs the worker and waits for it to exit (for a worker expected to refuse to start). */
export async function runWorkerToExit(args: { timeoutMs?: number } = {}): Promise<{ code: number | null; output: string }> {
  const started = startProcess({
    command: process.execPath,
    argv: workerArgv(),
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info' },
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker still running:\n${started.output()}`)), args.timeoutMs ?? 30_000)
    started.child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  return { code, output: started.output() }
}

/** A test body that, when it fails, says what the worker logged (its warnings and errors, and the last lines). */
export function withWorkerLog(worker: () => { output: () => string } | undefined, body: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await body()
    } catch (error) {
      const lines = (worker()?.output() ?? '').split('\n').filter((line) => line.startsWith('{') && !line.includes('platform http call'))
      const notable = lines.filter(
        (line) => /"level":(40|50|60)/.test(line) || /interrupted|recovered|reconciler|stopping|ready/.test(line),
      )
      ;(error as Error).message +=
        `\n--- worker log (warnings, errors, last lines) ---\n${[...new Set([...notable.slice(-25), ...lines.slice(-15)])].map((line) => line.slice(0, 400)).join('\n')}`
      throw error
    }
  }
}
