import assert from 'node:assert/strict'
import { test } from 'node:test'
import { postgresRunFiles, testFilesOf } from './testFiles.mjs'

test('--postgres runs the integration files, without the SQLite ones and without the reruns of a suite on Postgres', () => {
  const all = testFilesOf(['checks', 'unit', 'int', 'e2e'])
  const chosen: string[] = postgresRunFiles(all)
  // Suites written for the default database, a Postgres-only suite, and the platforms' contracts.
  for (const file of [
    'tests/int/reviewWorkflow.test.ts',
    'tests/int/security/uploads.test.ts',
    'tests/int/postgresConcurrentSaves.test.ts',
    'tests/contract/weibo.test.ts',
  ])
    assert.ok(chosen.includes(file), file)
  // SQLite's own lock; the scheduler suite's rerun (the scheduler suite itself runs); no other group.
  for (const file of ['tests/int/sqliteBusyTimeout.test.ts', 'tests/int/postgresScheduler.test.ts', 'tests/checks/lint.test.ts'])
    assert.ok(!chosen.includes(file), file)
  assert.ok(chosen.includes('tests/int/schedulerSchedule.test.ts'))
  assert.ok(chosen.every((file) => file.startsWith('tests/int/') || file.startsWith('tests/contract/')))
})
