/**
 * bench:analytics — the results dashboard's queries on SQLite with 100 accounts × a year of daily rows
 * (≈ 110k post-metrics rows), each beside the same aggregates written as plain SQL on the same
 * database (the floor). Prints p50/p99 per case: cold (every row read and summed, as after a change of
 * the numbers) and as the endpoint answers while the numbers are unchanged; the target is p99 under 300 ms.
 * Run: node --import tsx bench/analytics.ts [--runs 40]
 */
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import type { Client } from '@libsql/client'
import { createLocalReq } from 'payload'
import { percentile } from './measure'
import { startTestCms } from '../tests/helpers/testCms'
import { addDays, zonedDate } from '../lib/zonedTime'
import { seedAnalytics } from './analyticsSeed'
import { floorQueries } from './analyticsFloor'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } }, strict: true })
const runs = Math.max(5, Number(values.runs) || 40)
const TARGET_P99_MS = 300
const ZONE = 'Asia/Shanghai'

process.env.LOG_LEVEL ??= 'error'
process.env.APP_TIMEZONE = ZONE
const cms = await startTestCms()
const { loadDashboard } = await import('../cms/analytics/dashboard/loadDashboard')
const { dashboardFor } = await import('../cms/analytics/dashboard/dashboardCache')
const { resolveFilters } = await import('../cms/analytics/dashboard/dashboardQuery')
const payload = cms.payload
const now = new Date()
const yesterday = addDays(zonedDate({ at: now, timeZone: ZONE }), -1)

console.log(
  `bench:analytics  node ${process.version}, ${cpus().length} CPUs, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
)
const seedStart = performance.now()
const world = await seedAnalytics({ payload, lastDay: yesterday })
console.log(
  `seeded ${world.accounts.length} accounts, ${world.deliveries.toLocaleString('en')} posts, ${world.postRows.toLocaleString('en')} post-metrics rows, ${world.accountRows.toLocaleString('en')} account-metrics rows in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
)

const editor = await payload.create({
  collection: 'users',
  overrideAccess: true,
  data: { email: 'editor@bench.local', password: 'bench-pass-2026', name: '编辑', role: 'editor' },
})
const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
const client = (payload.db as unknown as { client: Client }).client

const account = world.accounts.find((candidate) => candidate.platform === 'wechat')
const campaign = world.campaigns.at(-2)
if (!account || !campaign) throw new Error('the seed made no WeChat account or campaign')
const cases = [
  { name: 'whole team, last 30 days', query: {} },
  { name: 'one account, 90 days', query: { account: String(account.id), from: addDays(yesterday, -89), to: yesterday } },
  { name: 'one campaign, its 30 days', query: { campaign: String(campaign.id), from: campaign.from, to: campaign.to } },
]

type Stats = { p50: number; p99: number; max: number }
const statsOf = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b)
  return { p50: percentile({ sorted, share: 0.5 }), p99: percentile({ sorted, share: 0.99 }), max: sorted[sorted.length - 1] }
}
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`

let missed = 0
for (const benchCase of cases) {
  const resolved = resolveFilters({ query: benchCase.query, now, timeZone: ZONE })
  if (!resolved.ok) throw new Error(resolved.message)
  const filters = resolved.filters
  const ours = () => loadDashboard({ req, filters, timeZone: ZONE, now })
  const remembered = () => dashboardFor({ req, filters, timeZone: ZONE, now })
  const floor = () => floorQueries({ client, filters, timeZone: ZONE })
  const first = await ours()
  await remembered()
  await floor()
  const samples = { ours: [] as number[], remembered: [] as number[], floor: [] as number[] }
  for (let run = 0; run < runs; run++) {
    for (const [name, work] of [
      ['ours', ours],
      ['remembered', remembered],
      ['floor', floor],
    ] as const) {
      const start = performance.now()
      await work()
      samples[name].push(performance.now() - start)
    }
  }
  const oursStats = statsOf(samples.ours)
  const rememberedStats = statsOf(samples.remembered)
  const floorStats = statsOf(samples.floor)
  if (oursStats.p99 >= TARGET_P99_MS) missed++
  console.log(
    `\n${benchCase.name} (${filters.from}..${filters.to}; ${first.totals.posts.toLocaleString('en')} posts, ${first.flags.total} 待优化), ${runs} runs each, interleaved`,
  )
  console.log(`  dashboard, read and summed (cold)         p50 ${ms(oursStats.p50)}  p99 ${ms(oursStats.p99)}  max ${ms(oursStats.max)}`)
  console.log(
    `  dashboard, numbers unchanged (endpoint)   p50 ${ms(rememberedStats.p50)}  p99 ${ms(rememberedStats.p99)}  max ${ms(rememberedStats.max)}`,
  )
  console.log(`  plain SQL, same aggregates (floor)        p50 ${ms(floorStats.p50)}  p99 ${ms(floorStats.p99)}  max ${ms(floorStats.max)}`)
  console.log(`  cold ÷ floor at p50: ${(oursStats.p50 / floorStats.p50).toFixed(1)}×`)
}

console.log(
  `\ncheck: cold p99 under ${TARGET_P99_MS} ms in every case … ${missed === 0 ? 'yes' : `no (${missed} of ${cases.length} missed)`}`,
)
await cms.close()
process.exit(missed === 0 ? 0 : 1)
