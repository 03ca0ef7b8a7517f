import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Migration, Payload, SanitizedConfig } from 'payload'
import { serveFetchHandler } from './httpBridge'
import { whenStopped } from './whenStopped'

export type TestCms = {
  payload: Payload
  config: SanitizedConfig
  /** Base URL of a real HTTP server that serves Payload's REST API (/api) and GraphQL (/api/graphql). */
  url: string
  dataDir: string
  close: () => Promise<void>
}

/**
 * Boots Payload on a fresh temporary database with the committed migrations applied, behind a
 * loopback HTTP server: SQLite in a temporary folder, or, for a Postgres suite (TEST_ON_POSTGRES=1, set
 * by tests/int/postgresSuite.ts) on the server TEST_POSTGRES_URL names (scripts/test.mjs starts one), a fresh database that Payload
 * creates on connect and that is dropped at close. Must run before anything imports lib/env (each
 * test file is its own process).
 */
export async function startTestCms(): Promise<TestCms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true })
  const forgetDataDir = whenStopped(removeDataDir)
  try {
    return await startIn({ dataDir, forgetDataDir })
  } catch (error) {
    // A start that failed (a bad environment, a migration) leaves no folder behind either.
    removeDataDir()
    forgetDataDir()
    throw error
  }
}

async function startIn({ dataDir, forgetDataDir }: { dataDir: string; forgetDataDir: () => void }): Promise<TestCms> {
  process.env.DATA_DIR = dataDir
  // Only a Postgres suite (tests/int/postgres*, through onPostgres) asks for Postgres: the server's
  // address reaches every test file of the run, and the rest must keep testing SQLite.
  const postgresServer = process.env.TEST_ON_POSTGRES === '1' ? process.env.TEST_POSTGRES_URL?.replace(/\/+$/, '') : undefined
  const postgresDatabase = `cms_test_${randomBytes(6).toString('hex')}`
  process.env.DATABASE_URL = postgresServer ? `${postgresServer}/${postgresDatabase}` : `file:${path.join(dataDir, 'cms.db')}`
  process.env.PAYLOAD_SECRET ??= randomBytes(24).toString('hex')
  process.env.CREDENTIALS_KEY ??= randomBytes(32).toString('base64')
  process.env.LOG_LEVEL ??= 'warn'
  // Outside production Payload opens a socket to the Next dev server on PORT (3000) to reload its config;
  // a test's CMS is not that server, and with `npm run up` serving beside the tests the socket kept each
  // file from ending.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'

  const migrated = postgresServer ? undefined : migratedSqlite()
  if (migrated?.exists) fs.copyFileSync(migrated.file, path.join(dataDir, 'cms.db'))
  const { getPayload, handleEndpoints } = await import('payload')
  const config = await (await import('../../cms/payload.config')).default
  const payload = await getPayload({ config })
  // On a copy of the run's migrated database this finds every migration applied; it still applies any that is not.
  // From the committed index, not the folder: `npm test` runs bundles, without a loader for Payload's import of each .ts file.
  // (Payload types a migration's arguments as `unknown`; the index's functions take the adapter's own.)
  const { migrations } = await (postgresServer ? import('../../cms/migrations/postgres') : import('../../cms/migrations/sqlite'))
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (migrated && !migrated.exists) await keepMigrated({ payload, file: migrated.file })
  // GraphQL's handler is loaded on the first GraphQL request: most files never send one, and loading it costs each about 0.4 s.
  let graphql: ((request: Request) => Promise<Response>) | undefined
  const server = await serveFetchHandler(async (request) => {
    if (new URL(request.url).pathname !== '/api/graphql') return handleEndpoints({ config, request })
    graphql ??= (await import('@payloadcms/next/routes')).GRAPHQL_POST(config)
    return graphql(request)
  })
  return {
    payload,
    config,
    url: server.url,
    dataDir,
    close: async () => {
      try {
        await server.close()
        const { closeDatabase } = await import('../../cms/database/closeDatabase')
        await closeDatabase(payload)
        if (postgresServer) await dropPostgresDatabase({ server: postgresServer, database: postgresDatabase })
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true })
        forgetDataDir()
      }
    },
  }
}

/**
 * The run's migrated SQLite database (scripts/test.mjs names a folder for it): the first file to need it
 * writes it, the others copy it. Outside such a run (no folder), every file migrates its own.
 */
function migratedSqlite(): { file: string; exists: boolean } | undefined {
  const dir = process.env.TEST_MIGRATED_SQLITE_DIR
  if (!dir) return undefined
  const file = path.join(dir, 'migrated.db')
  return { file, exists: fs.existsSync(file) }
}

async function keepMigrated(args: { payload: Payload; file: string }): Promise<void> {
  const client = (args.payload.db as unknown as { client?: { execute: (sql: string) => Promise<unknown> } }).client
  if (!client) return
  // A consistent copy of an open WAL database, written aside and renamed: a file copying meanwhile sees all of it or none.
  const aside = `${args.file}.${process.pid}.tmp`
  await client.execute(`VACUUM INTO '${aside.replaceAll("'", "''")}'`)
  fs.renameSync(aside, args.file)
}

/** How long a drop waits for the database's last connections to go (a killed worker's closes within a moment). */
const DROP_WAIT_MS = 5000

/**
 * Drops the file's database once nobody is connected to it, and leaves it (saying so) if someone still
 * is after a few seconds: the run's server and its data are removed at the end of the run anyway.
 * Not WITH (FORCE): ending a connection that this process still holds reaches it as an error with
 * no listener, an uncaught exception that failed a file whose tests had all passed.
 */
async function dropPostgresDatabase(args: { server: string; database: string }): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: `${args.server}/postgres` })
  await client.connect()
  try {
    const deadline = Date.now() + DROP_WAIT_MS
    for (;;) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${args.database}`)
        return
      } catch (error) {
        const inUse = error instanceof Error && Reflect.get(error, 'code') === '55006'
        if (!inUse) throw error
        if (Date.now() > deadline) {
          process.stdout.write(`[cms] ${args.database} is still in use after ${DROP_WAIT_MS / 1000} s: left for the end of the run\n`)
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  } finally {
    await client.end()
  }
}
