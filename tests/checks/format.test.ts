import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

test('the tree is formatted (npm run format:check; npm run format fixes it)', () => {
  const prettier = path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs')
  const result = spawnSync(process.execPath, [prettier, '--check', '.'], { cwd: root, encoding: 'utf8' })
  assert.equal(result.status, 0, `prettier --check found:\n${result.stdout}${result.stderr}`)
})
