import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { oneRunAtATime } from './oneRunAtATime.mjs'

const made: string[] = []
const lockIn = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-run-'))
  made.push(dir)
  return path.join(dir, 'install.lock')
}
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

/** A process that has exited: its pid names nobody (until the system reuses it). */
async function goneProcessId(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid as number
}

test('the turn is taken, the work runs, and the lock is gone afterwards, also when the work throws', () => {
  const lock = lockIn()
  const seen: string[] = []
  oneRunAtATime({
    lock,
    work: () => seen.push(fs.readFileSync(path.join(lock, 'pid'), 'utf8')),
    say: () => assert.fail('nothing to wait for'),
  })
  assert.deepEqual(seen, [String(process.pid)])
  assert.equal(fs.existsSync(lock), false)
  assert.throws(() => oneRunAtATime({ lock, work: () => assert.fail('broken install'), say: () => undefined }), /broken install/)
  assert.equal(fs.existsSync(lock), false)
})

test('a lock left by a run that was killed is taken over at once, without waiting', async () => {
  const lock = lockIn()
  fs.mkdirSync(lock)
  fs.writeFileSync(path.join(lock, 'pid'), String(await goneProcessId()))
  const said: string[] = []
  const started = Date.now()
  let ran = false
  oneRunAtATime({ lock, work: () => (ran = true), say: (line) => said.push(line) })
  assert.ok(ran)
  assert.deepEqual(said, [])
  assert.ok(Date.now() - started < 400, 'no wait')
})

test('a lock with no holder named: taken over when older than a minute (a run killed before it wrote its pid)', () => {
  const lock = lockIn()
  fs.mkdirSync(lock)
  const old = new Date(Date.now() - 2 * 60_000)
  fs.utimesSync(lock, old, old)
  let ran = false
  oneRunAtATime({ lock, work: () => (ran = true), say: () => assert.fail('nothing to wait for') })
  assert.ok(ran)
})

test('a lock held by a running process: waits, says so once, and takes the turn when it is released', async () => {
  const lock = lockIn()
  // Another run: takes the lock with its own pid and lets it go after 1.5 s.
  const holder = spawn(process.execPath, [
    '-e',
    `const fs = require('node:fs'); fs.mkdirSync(${JSON.stringify(lock)}); fs.writeFileSync(${JSON.stringify(path.join(lock, 'pid'))}, String(process.pid)); console.log('held'); setTimeout(() => fs.rmSync(${JSON.stringify(lock)}, { recursive: true }), 1500)`,
  ])
  await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
  const said: string[] = []
  const started = Date.now()
  oneRunAtATime({ lock, work: () => undefined, say: (line) => said.push(line) })
  const waited = Date.now() - started
  assert.ok(waited >= 1_000, `waited ${waited} ms for the holder`)
  assert.deepEqual(said, [`Waiting for another run (process ${holder.pid}) to finish…`])
  await new Promise((resolve) => (holder.exitCode === null ? holder.once('exit', resolve) : resolve(undefined)))
})

test('a holder that never lets go: given up with a clear error after the time allowed', () => {
  const lock = lockIn()
  fs.mkdirSync(lock)
  fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
  assert.throws(
    () => oneRunAtATime({ lock, work: () => assert.fail('must not run'), say: () => undefined, giveUpMs: 600 }),
    /another run has held .* for 0 minutes/,
  )
})
