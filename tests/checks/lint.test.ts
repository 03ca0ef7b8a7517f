import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

test('the tree passes ESLint (npm run lint): typed, no any, and within the import boundaries of design.md §3', async () => {
  // The boundary test's probes may exist for a moment while it runs beside this one.
  const eslint = new ESLint({ cwd: root, ignorePatterns: ['**/__boundaryProbe.*'] })
  const results = await eslint.lintFiles(['.'])
  const errors = results.reduce((sum, result) => sum + result.errorCount + result.fatalErrorCount, 0)
  const report = errors > 0 ? await (await eslint.loadFormatter('stylish')).format(results.filter((result) => result.errorCount > 0)) : ''
  assert.equal(errors, 0, report)
})
