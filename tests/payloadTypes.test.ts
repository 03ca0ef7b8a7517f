import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

test('cms/payload-types.ts is what the collections generate now (npm run generate:types after a field change)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-types-'))
  try {
    const out = path.join(dir, 'payload-types.ts')
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'payload', 'bin.js'), 'generate:types'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        PAYLOAD_TS_OUTPUT_PATH: out,
        DATA_DIR: dir,
        DATABASE_URL: `file:${path.join(dir, 'types.db')}`,
        LOG_LEVEL: 'warn',
      },
    })
    assert.equal(result.status, 0, `generate:types failed:\n${result.stdout}${result.stderr}`)
    const committed = fs.readFileSync(path.join(root, 'cms', 'payload-types.ts'), 'utf8')
    assert.equal(fs.readFileSync(out, 'utf8'), committed, 'the committed types are stale: run npm run generate:types')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
