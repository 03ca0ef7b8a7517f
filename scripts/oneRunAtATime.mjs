// A lock folder that lets one run of a step through at a time. Plain Node.
import fs from 'node:fs'
import path from 'node:path'
import { processRunning } from './lib.mjs'

/** The process named in a lock's pid file; 0 when there is none (yet). */
function holderOf(file) {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || 0
  } catch {
    return 0
  }
}

/**
 * Runs `work` while holding the folder `lock`, waiting (the thread blocked, half a second at a time)
 * while another process holds it, and saying so once through `say`. The lock names its holder's
 * process: a holder that was killed leaves it behind, and the next run takes it over at once rather
 * than waiting for it to age. A lock with no holder named yet is one being taken right now, unless it
 * is older than a minute. Gives up after `giveUpMs`.
 * @param {{ lock: string, work: () => void, say: (line: string) => void, giveUpMs?: number }} args
 */
export function oneRunAtATime({ lock, work, say, giveUpMs = 20 * 60_000 }) {
  const owner = path.join(lock, 'pid')
  const started = Date.now()
  let said = false
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch {
      const holder = holderOf(owner)
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (holder > 0 ? !processRunning(holder) : age > 60_000) {
        fs.rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() - started > giveUpMs) throw new Error(`another run has held ${lock} for ${Math.round(giveUpMs / 60_000)} minutes`)
      if (!said) say(`Waiting for another run (process ${holder || '?'}) to finish…`)
      said = true
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
  }
  try {
    work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}
