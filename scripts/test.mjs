#!/usr/bin/env node
// `npm test`: installs what the tests need, then runs every test with Node's test runner.
// Unit tests sit beside the code (*.test.ts); integration tests in tests/int; browser and
// production-build tests in tests/e2e. One runner invocation, so one summary line.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureDependencies, log, root } from './lib.mjs'

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
log(`Running ${files.length} test files`)
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=900000', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } },
)
process.exit(result.status ?? 1)
