import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { migrations as postgres } from './postgres'
import { migrations as sqlite } from './sqlite'

const here = path.dirname(fileURLToPath(import.meta.url))

// A start migrates from the folder; the tests migrate from the index (tests/helpers/testCms.ts). A
// migration written by hand and left out of its index would go untested.
for (const [adapter, index] of [
  ['sqlite', sqlite],
  ['postgres', postgres],
] as const) {
  test(`the ${adapter} index lists every migration of its folder, in order, each with its up and down`, () => {
    const files = fs
      .readdirSync(path.join(here, adapter))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .sort()
      .map((file) => file.replace(/\.ts$/, ''))
    assert.deepEqual(
      index.map((migration) => migration.name),
      files,
    )
    for (const migration of index) assert.ok(typeof migration.up === 'function' && typeof migration.down === 'function', migration.name)
  })
}
