/**
 * bench:api — 50 simulated editors (list, open, save, preview, at once) against two web processes on
 * Postgres and against one on SQLite, each beside the same calls through Payload's Local API in the
 * same run (bench/apiRun.ts, one process per database). Prints p50/p99 per request kind, and checks
 * the HTTP p99 against 3× the Local API's.
 * Run: node --import tsx bench/api.ts [--editors 50] [--rounds 6] [--postgres-web 2]
 */
import { spawn } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    editors: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '6' },
    'postgres-web': { type: 'string', default: '2' },
  },
  strict: true,
})

const kindSchema = z.object({ n: z.number(), p50: z.number().nullable(), p99: z.number().nullable() })
const sideSchema = z.object({
  kinds: z.record(kindSchema),
  errors: z.number(),
  firstErrors: z.array(z.string()),
  perSecond: z.number(),
  /** How busy the machine's CPUs were while this side was timed (0 to 1), when the machine says. */
  busy: z.number().nullable(),
})
const resultSchema = z.object({
  database: z.string(),
  web: z.number(),
  editors: z.number(),
  rounds: z.number(),
  http: sideSchema,
  local: sideSchema,
})
type RunResult = z.infer<typeof resultSchema>

function runOnce(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    process.stdout.write(`[bench] ${args.join(' ')}\n`)
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/apiRun.ts', ...args], {
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

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(0)} ms`
const share = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(0)} %`)
const common = ['--editors', values.editors, '--rounds', values.rounds]
const runs = [
  await runOnce(['--database', 'sqlite', '--web', '1', ...common]),
  await runOnce(['--database', 'postgres', '--web', values['postgres-web'], ...common]),
]

console.log(
  `\nAPI benchmark: ${runs[0].editors} editors at once, each ${runs[0].rounds} rounds of list, open, save, preview (after one warm-up round)`,
)
console.log(
  `  machine: ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; web processes: Payload's REST handler (bench/apiServer.ts), requests spread round robin`,
)
let within = true
for (const run of runs) {
  console.log(`  ${run.database === 'postgres' ? 'Postgres' : 'SQLite'}, ${run.web} web process${run.web > 1 ? 'es' : ''}`)
  console.log(
    `    ${'request'.padEnd(8)} ${'HTTP p50'.padStart(9)} ${'HTTP p99'.padStart(9)} ${'Local p50'.padStart(10)} ${'Local p99'.padStart(10)}  p99 ratio`,
  )
  for (const kind of ['list', 'open', 'save', 'preview']) {
    const http = run.http.kinds[kind]
    const local = run.local.kinds[kind]
    const ratio = http?.p99 && local?.p99 ? http.p99 / local.p99 : Number.NaN
    if (!(ratio <= 3)) within = false
    console.log(
      `    ${kind.padEnd(8)} ${ms(http?.p50).padStart(9)} ${ms(http?.p99).padStart(9)} ${ms(local?.p50).padStart(10)} ${ms(local?.p99).padStart(10)}  ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`}`,
    )
  }
  console.log(
    `    throughput: HTTP ${run.http.perSecond.toFixed(1)} requests/s, Local API ${run.local.perSecond.toFixed(1)} calls/s; errors: HTTP ${run.http.errors}, Local API ${run.local.errors}`,
  )
  console.log(`    CPUs busy while timed (every process on the machine): HTTP ${share(run.http.busy)}, Local API ${share(run.local.busy)}`)
  for (const error of [...run.http.firstErrors, ...run.local.firstErrors]) console.log(`      ${error}`)
}
const errors = runs.reduce((sum, run) => sum + run.http.errors + run.local.errors, 0)
console.log(`  checks: HTTP p99 ≤ 3× Local API p99 for every request ${within ? '✔' : '✖'}, no errors ${errors === 0 ? '✔' : '✖'}`)
process.exit(within && errors === 0 ? 0 : 1)
