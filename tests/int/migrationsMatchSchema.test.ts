import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * The committed migrations describe the schema the config builds: a field added without its migration
 * (or a migration generated before the field's last change) fails here, not on a team's first start
 * after an upgrade. Compares the last migration's snapshot with the adapter's schema, as
 * `payload migrate:create` does. Runs on Postgres too (postgresMigrationsMatchSchema.test.ts).
 */
let cms: TestCms

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
type DrizzleAdapter = { schema: unknown; migrationDir: string; requireDrizzleKit: () => DrizzleKit }

before(async () => {
  cms = await startTestCms()
})

after(async () => {
  await cms?.close()
})

test('the last migration’s snapshot is the schema the config builds: no statement is missing', async () => {
  const adapter = cms.payload.db as unknown as DrizzleAdapter
  const kit = adapter.requireDrizzleKit()
  const snapshots = fs
    .readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  const latest = snapshots.at(-1)
  assert.ok(latest, `no migration snapshot in ${adapter.migrationDir}`)
  const now = await kit.generateDrizzleJson(adapter.schema)
  let committed = JSON.parse(fs.readFileSync(path.join(adapter.migrationDir, latest), 'utf8')) as { version: string }
  if (kit.upSnapshot && committed.version < now.version) committed = kit.upSnapshot(committed) as { version: string }
  const missing = await kit.generateMigration(committed, now)
  assert.deepEqual(
    missing,
    [],
    `the schema has changed since ${latest}: write its migration (\`npm run migrate:create -- name\` with a DATABASE_URL of this kind)`,
  )
})
