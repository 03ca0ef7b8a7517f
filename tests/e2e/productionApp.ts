import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { startProcess } from '../helpers/processes'

/** What the browser tests share: one production build per run, a production host's environment, signing in. */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DEMO_PASSWORD = 'demo-pass-2026'

/** The environment of a production host: no development secrets, nothing inherited from tests; the data in `dataDir`. */
export function productionEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const { PAYLOAD_SECRET: _s, CREDENTIALS_KEY: _k, DATABASE_URL: _d, DATA_DIR: _dd, SEED_DEMO: _sd, ...rest } = process.env
  return {
    ...rest,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    ...extra,
  }
}

// Per checkout: two checkouts on one machine build their own .next.
const tag = createHash('sha256').update(root).digest('hex').slice(0, 12)
const lockDir = path.join(os.tmpdir(), `cms-e2e-build-${tag}.lock`)
const stampFile = path.join(os.tmpdir(), `cms-e2e-build-${tag}.run`)
const STALE_LOCK_MS = 20 * 60_000

/**
 * `next build` into the shared `.next`, once per test run: test files run side by side
 * (`--test-concurrency` in scripts/test.mjs) and a second build under a running server would pull its
 * files away. Builds take turns under a lock; a file started by the same runner (same parent process)
 * as the one that built reuses its build. Run alone, a file always builds, so it tests the code as it
 * is now (unless E2E_REUSE_BUILD=1).
 */
export async function buildOnce(): Promise<void> {
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch {
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS || lockOwnerGone()) fs.rmSync(lockDir, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    const run = `${process.ppid}`
    const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID'))
    // E2E_REUSE_BUILD=1: a person re-running a browser test who knows the build is of the current code.
    if (built && (process.env.E2E_REUSE_BUILD === '1' || (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === run))) return
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-build-'))
    const build = startProcess({
      command: process.execPath,
      argv: [path.join(root, 'node_modules/next/dist/bin/next'), 'build'],
      cwd: root,
      // One build per run: Turbopack's build cache would only be written (next.config.js).
      env: productionEnv(dataDir, { BUILD_CACHE: 'off' }),
    })
    const code = await new Promise<number | null>((resolve) => build.child.on('exit', resolve))
    fs.rmSync(dataDir, { recursive: true, force: true })
    assert.equal(code, 0, `next build failed (no secrets are needed to build):\n${build.output()}`)
    fs.writeFileSync(stampFile, run)
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** A lock left by a run that was killed mid-build: its owner's pid names no live process. */
function lockOwnerGone(): boolean {
  try {
    // Not yet written (the lock was just taken) or gone: the age rule decides.
    const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim())
    if (!Number.isInteger(pid) || pid <= 0) return false
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Logs a demo user into the admin in the browser. */
export async function signIn(page: Page, args: { url: string; email: string }): Promise<void> {
  await page.goto(`${args.url}/admin/login`)
  await page.fill('input[name="email"]', args.email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL('**/admin', { timeout: 60_000 })
}

/** One browser step on a page: a screenshot kept at `failureShot` when the step fails, and the page closed either way. */
export async function onPage(page: Page, failureShot: string, step: () => Promise<void>): Promise<void> {
  try {
    await step()
  } catch (error) {
    await page.screenshot({ path: failureShot, fullPage: true }).catch(() => undefined)
    throw error
  } finally {
    await page.close()
  }
}

/** Where browser tests leave screenshots for a person to look at (kept after the run; `.data/` is not committed). */
export function artifactsDir(testName: string): string {
  const dir = path.join(process.env.E2E_ARTIFACTS_DIR ?? path.join(root, '.data', 'e2e-artifacts'), testName)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
