// Which test files belong to which run. Plain Node, no dependencies.
import fs from 'node:fs'
import path from 'node:path'
import { root } from './lib.mjs'

const SKIP = new Set(['node_modules', '.next', '.data', '.git', 'bench'])

/**
 * checks: lint, formatting, types (the whole tree, in seconds to a minute each);
 * unit:   tests beside the code, tests/lint and the fakes' own tests: no Redis, no browser, no Payload boot;
 * int:    tests/int (Payload on SQLite, Redis, the fakes) and tests/contract;
 * e2e:    tests/e2e (a production build driven by Chromium).
 */
export const GROUPS = ['checks', 'unit', 'int', 'e2e']
const CHECKS = new Set(['tests/checks', 'tests/typecheck.test.ts', 'tests/payloadTypes.test.ts'])
const UNIT_UNDER_TESTS = ['tests/lint/', 'tests/fakes/', 'tests/unit/']
const INT_UNDER_TESTS = ['tests/int/', 'tests/contract/']

function findTests(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findTests(full, out)
    else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, full).split(path.sep).join('/'))
  }
  return out
}

/** The group of one test file (a path relative to the root); a file under tests/ that fits nowhere else counts as int, which has every service. */
export function groupOf(file) {
  if (CHECKS.has(file) || [...CHECKS].some((prefix) => file.startsWith(`${prefix}/`))) return 'checks'
  if (!file.startsWith('tests/')) return 'unit'
  if (UNIT_UNDER_TESTS.some((prefix) => file.startsWith(prefix))) return 'unit'
  if (file.startsWith('tests/e2e/')) return 'e2e'
  if (!INT_UNDER_TESTS.some((prefix) => file.startsWith(prefix)))
    process.stdout.write(`[cms] ${file} is in no known test folder: run with int\n`)
  return 'int'
}

/**
 * The files of the given groups, by path. That is also the order in which they start: Node's runner sorts
 * the files it is given (a run's log shows lint and formatting, the contract tests, the browser file, then
 * the integration files), so an order of our own here would not be kept.
 */
export function testFilesOf(groups) {
  return findTests(root)
    .filter((file) => groups.includes(groupOf(file)))
    .sort((a, b) => a.localeCompare(b))
}

/**
 * `npm test -- --postgres`: the integration files to run with every CMS they start on Postgres. Left out:
 * the files about SQLite itself (tests/int/sqlite*), and those that only run another file's suite again
 * on Postgres (through onPostgres, tests/int/postgresSuite.ts), since that file now runs there anyway.
 */
export function postgresRunFiles(files) {
  return files.filter((file) => {
    if (groupOf(file) !== 'int' || /^tests\/int\/sqlite[^/]*\.test\.ts$/.test(file)) return false
    return !/\bonPostgres\(/.test(fs.readFileSync(path.join(root, file), 'utf8'))
  })
}
