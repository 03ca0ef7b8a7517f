import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

/** Debian's Chromium, installed when missing (CI machines start without it). */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    if (install().status !== 0) throw new Error('could not install chromium with apt-get')
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
