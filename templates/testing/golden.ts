import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Set UPDATE_GOLDEN=1 to rewrite golden files instead of comparing against them. */
const updating = process.env.UPDATE_GOLDEN === '1'

/** Compares `actual` exactly with the golden file (or rewrites it when UPDATE_GOLDEN=1). */
export function assertGolden(args: { file: string; actual: string }): void {
  if (updating) {
    mkdirSync(dirname(args.file), { recursive: true })
    writeFileSync(args.file, args.actual)
    return
  }
  assert.ok(existsSync(args.file), `golden file missing: ${args.file} (run with UPDATE_GOLDEN=1 to create it)`)
  assert.equal(args.actual, readFileSync(args.file, 'utf8'), `output differs from ${args.file}`)
}
