import { test } from 'node:test'

/**
 * Runs a suite written for the default database on Postgres instead: startTestCms creates a fresh
 * database on the server TEST_POSTGRES_URL names. scripts/test.mjs starts one for any tests/int/postgres*
 * file; run alone without it, the file says how to get one instead of passing on SQLite unnoticed.
 */
export async function onPostgres(suite: () => Promise<unknown>): Promise<void> {
  if (!process.env.TEST_POSTGRES_URL) {
    test('a Postgres server for the Postgres suites', () => {
      throw new Error('TEST_POSTGRES_URL is unset: run this file through npm test (it starts a local Postgres) or point it at a server')
    })
    return
  }
  process.env.TEST_ON_POSTGRES = '1'
  await suite()
}
