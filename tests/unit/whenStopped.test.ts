import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const helper = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../helpers/whenStopped.ts')

/** A process that registers an undo (removing `dir`) and one it takes back, then does `then`. */
function processWithUndos(args: { dir: string; forgotten: string; then: string }) {
  const code = [
    `import fs from 'node:fs'`,
    `import { whenStopped } from ${JSON.stringify(helper)}`,
    `whenStopped(() => fs.rmSync(${JSON.stringify(args.dir)}, { recursive: true, force: true }))`,
    `const forget = whenStopped(() => fs.writeFileSync(${JSON.stringify(args.forgotten)}, 'ran'))`,
    `forget()`,
    args.then,
  ].join('\n')
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
}

function scratch() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'when-stopped-'))
  const dir = path.join(base, 'started')
  fs.mkdirSync(dir)
  return { base, dir, forgotten: path.join(base, 'forgotten') }
}

test('a process ended by a library’s process.exit (Payload’s after a failed migration) still undoes what it started', async () => {
  const { base, dir, forgotten } = scratch()
  try {
    const child = processWithUndos({ dir, forgotten, then: 'process.exit(1)' })
    const [code] = (await once(child, 'close')) as [number | null]
    assert.equal(code, 1)
    assert.equal(fs.existsSync(dir), false, 'the undo ran')
    assert.equal(fs.existsSync(forgotten), false, 'an undo taken back does not run')
  } finally {
    fs.rmSync(base, { recursive: true, force: true })
  }
})

test('a process stopped with SIGTERM undoes what it started and ends with the signal’s code', async () => {
  const { base, dir, forgotten } = scratch()
  try {
    const child = processWithUndos({ dir, forgotten, then: `process.stdout.write('ready'); setInterval(() => {}, 1000)` })
    await once(child.stdout, 'data')
    child.kill('SIGTERM')
    const [code] = (await once(child, 'close')) as [number | null]
    assert.equal(code, 128 + os.constants.signals.SIGTERM)
    assert.equal(fs.existsSync(dir), false, 'the undo ran')
    assert.equal(fs.existsSync(forgotten), false, 'an undo taken back does not run')
  } finally {
    fs.rmSync(base, { recursive: true, force: true })
  }
})
