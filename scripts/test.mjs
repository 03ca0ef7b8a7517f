#!/usr/bin/env node
// `npm test`: installs what the tests need, then runs every test with Node's test runner.
// Unit tests sit beside the code (*.test.ts); integration tests in tests/int; browser and
// production-build tests in tests/e2e. One runner invocation, so one summary line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureDependencies, log, root } from './lib.mjs'
import { startRedis } from './redis.mjs'

const SKIP = new Set(['node_modules', '.next', '.data', '.git', 'bench'])

function findTests(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findTests(full, out)
    else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, full))
  }
  return out
}

ensureDependencies()
const only = process.argv.slice(2)
const files = only.length > 0 ? only : findTests(root).sort()
// One Redis for the whole run (tests that publish need the scheduler's queue), unless REDIS_URL names one.
const redisDir = process.env.REDIS_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-redis-'))
const redis = redisDir ? await startRedis({ dir: redisDir }) : null
log(`Running ${files.length} test files${redis ? ` (Redis at ${redis.url})` : ''}`)
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=900000', '--test-force-exit', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...(redis ? { REDIS_URL: redis.url } : {}) } },
)
await redis?.stop()
if (redisDir) fs.rmSync(redisDir, { recursive: true, force: true })
process.exit(result.status ?? 1)
