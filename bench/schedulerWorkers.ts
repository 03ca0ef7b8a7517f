/**
 * bench:scheduler -- --postgres --workers 3 [--total 5000]: the scheduler across processes. Three runs
 * of the same bench (bench/schedulerWorkersRun.ts), one after the other on this machine:
 *   1. SQLite, one worker process (the single-machine setup, for comparison);
 *   2. Postgres, `--workers` worker processes;
 *   3. Postgres, `--workers` worker processes, one of them killed (SIGKILL) once a third of the posts are out.
 * Each: `total` deliveries over WeChat, Weibo and Toutiao due at the same instant, against the local
 * platform fakes (which answer at once). Prints per run: published, duplicates counted on the fakes'
 * ledgers, deliveries lost (not final after five minutes), and the delay from the due time to the
 * platform receiving the post (p50, p99, max). `--skip-sqlite` and `--skip-kill` leave a run out.
 */
import { spawn } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const resultSchema = z.object({
  database: z.string(),
  workers: z.number(),
  total: z.number(),
  killed: z.object({ pid: z.number().optional(), afterMs: z.number(), postsBefore: z.number() }).nullable(),
  setupMs: z.object({ content: z.number(), deliveries: z.number(), enqueue: z.number() }),
  states: z.record(z.number()),
  published: z.number(),
  unconfirmed: z.number(),
  unconfirmedPostedAtFake: z.number(),
  lost: z.number(),
  posts: z.number(),
  duplicates: z.number(),
  delayMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  claimMs: z.object({ p50: z.number().nullable(), p99: z.number().nullable() }),
  finalAfterMs: z.number(),
})
type RunResult = z.infer<typeof resultSchema>

function runOnce(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    process.stdout.write(`\n[bench] ${args.join(' ')}\n`)
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/schedulerWorkersRun.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('RESULT '))
      if (!line) return reject(new Error(`the run ${args.join(' ')} ended (${code}) without a result:\n${output.slice(-4000)}`))
      resolve(resultSchema.parse(JSON.parse(line.slice('RESULT '.length))))
    })
  })
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function describe(label: string, run: RunResult): void {
  const states = Object.entries(run.states)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ')
  console.log(`  ${label}`)
  console.log(
    `    setup: content ${seconds(run.setupMs.content)}, ${run.total} calendar entries + deliveries ${seconds(run.setupMs.deliveries)}, jobs ${seconds(run.setupMs.enqueue)}`,
  )
  if (run.killed)
    console.log(
      `    kill -9 of worker pid ${run.killed.pid} ${seconds(run.killed.afterMs)} after the due time, ${run.killed.postsBefore} posts out`,
    )
  console.log(
    `    published ${run.published} / ${run.total} (${states}); lost ${run.lost}; duplicates ${run.duplicates} (posts on the fakes ${run.posts})`,
  )
  if (run.unconfirmed > 0)
    console.log(
      `    unconfirmed (left for an operator to check): ${run.unconfirmed}, of which the fake received ${run.unconfirmedPostedAtFake}`,
    )
  console.log(
    `    delay due → platform: p50 ${seconds(run.delayMs.p50)}, p99 ${seconds(run.delayMs.p99)}, max ${seconds(run.delayMs.max)}; all final after ${seconds(run.finalAfterMs)}`,
  )
  console.log(
    `    of which due → claimed by a worker: p50 ${seconds(run.claimMs.p50 ?? Number.NaN)}, p99 ${seconds(run.claimMs.p99 ?? Number.NaN)}`,
  )
}

export async function benchSchedulerWorkers(argv: string[]): Promise<boolean> {
  const { values } = parseArgs({
    args: argv,
    options: {
      postgres: { type: 'boolean', default: false },
      workers: { type: 'string', default: '3' },
      total: { type: 'string', default: '5000' },
      'skip-sqlite': { type: 'boolean', default: false },
      'skip-kill': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  })
  const workers = z.coerce.number().int().min(1).max(16).parse(values.workers)
  const total = z.coerce.number().int().min(3).parse(values.total)
  const database = values.postgres ? 'postgres' : 'sqlite'
  const runs: { label: string; result: RunResult }[] = []
  if (!values['skip-sqlite'])
    runs.push({ label: 'SQLite, 1 worker', result: await runOnce(['--database', 'sqlite', '--workers', '1', '--total', String(total)]) })
  runs.push({
    label: `${database === 'postgres' ? 'Postgres' : 'SQLite'}, ${workers} workers`,
    result: await runOnce(['--database', database, '--workers', String(workers), '--total', String(total)]),
  })
  if (!values['skip-kill'] && workers > 1)
    runs.push({
      label: `${database === 'postgres' ? 'Postgres' : 'SQLite'}, ${workers} workers, one killed midway`,
      result: await runOnce(['--database', database, '--workers', String(workers), '--total', String(total), '--kill']),
    })

  console.log(`\nScheduler benchmark across processes: ${total} deliveries over WeChat, Weibo and Toutiao, all due at the same instant`)
  console.log(
    `  machine: ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; fakes answer at once; the queues start at most 250 jobs a second each (scheduler/platformLimits.ts)`,
  )
  for (const run of runs) describe(run.label, run.result)
  const multi = runs.filter((run) => run.result.workers > 1)
  const clean = multi.find((run) => run.result.killed === null)
  const ok = multi.every((run) => run.result.duplicates === 0 && run.result.lost === 0)
  const allPublished = clean ? clean.result.published === clean.result.total : true
  console.log(
    `  checks: 0 duplicates and 0 lost with ${workers} workers ${ok ? '✔' : '✖'}, all published ${allPublished ? '✔' : '✖'}` +
      (clean ? `, p99 < 5 s ${clean.result.delayMs.p99 < 5000 ? '✔' : '✖'} (${seconds(clean.result.delayMs.p99)})` : ''),
  )
  return ok && allPublished
}
