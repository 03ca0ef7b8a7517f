import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * Debian's headless build of Chromium (the same engine, without the desktop browser's GPU process and
 * window system; what Playwright itself runs for headless tests). The browser tests' Chromium processes
 * used 192 s of CPU with it against 247 s with the full `chromium` package, the whole browser file 171 s
 * against 201 s: on two cores that CPU is CI's wall time.
 */
export const CHROMIUM = '/usr/bin/chromium-headless-shell'
const PACKAGE = 'chromium-headless-shell'

/** Debian's headless Chromium, installed when missing (CI machines start without it). */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', PACKAGE], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    if (install().status !== 0) throw new Error(`could not install ${PACKAGE} with apt-get`)
  }
  return CHROMIUM
}

/** Flags for a root, offline, headless Chromium (no background calls to outside hosts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
