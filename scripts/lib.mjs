// Shared by the two entry commands (up, test). Plain Node, no dependencies: runs before npm install.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function log(message) {
  process.stdout.write(`[cms] ${message}\n`)
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
  }
}

/**
 * npm ci when node_modules was not installed from the package-lock.json there is now. What it was
 * installed from is remembered as the lock's hash; without that note, node_modules' own copy of the
 * lock must be no older than the lock (a few seconds' grace: `npm install` writes the two in turn).
 */
export function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json')
  const stamp = path.join(root, 'node_modules', '.installed-from-lock')
  const lock = path.join(root, 'package-lock.json')
  const hash = createHash('sha256').update(fs.readFileSync(lock)).digest('hex')
  const noted = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : null
  const fresh = fs.existsSync(marker) && (noted !== null ? noted === hash : fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs - 5000)
  if (!fresh) {
    log('Installing dependencies (npm ci)…')
    run('npm', ['ci', '--no-audit', '--no-fund'])
  }
  fs.writeFileSync(stamp, hash)
}

/** Whether process `pid` is still running (another user's, which this one may not signal, counts too). */
export function processRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

export function tsx(script, args = [], options = {}) {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, stdio: 'inherit', ...options })
}

export function nextBin() {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
}

// A balancer or proxy reuses an idle connection until its own idle timeout (60 s for nginx's upstream
// keep-alive and most cloud balancers). Node closes one after 5 s, and a request sent on it as it
// closes fails (a 502 at the balancer): the server must be the side that waits longer.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000

/** The arguments of `next start` (the production server) on `port`. */
export function nextStartArgs(port) {
  return [nextBin(), 'start', '-p', String(port), '--keepAliveTimeout', String(KEEP_ALIVE_TIMEOUT_MS)]
}

/** A font with Chinese glyphs for poster rendering (Debian's small WenQuanYi Micro Hei) when none is present. */
export function ensureCjkFont() {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  if (list.status === 0 && list.stdout.trim() !== '') return
  log('Installing a Chinese font for poster rendering (fonts-wqy-microhei)…')
  const result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-wqy-microhei', 'fontconfig'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) log('Could not install a Chinese font: posters will lack Chinese glyphs until one is installed.')
}

/**
 * The OCR engine that reads text inside images (Debian's tesseract-ocr with the simplified Chinese
 * data), installed when missing. Without it images are marked 识别失败 and need a person's look.
 */
export function ensureTesseract() {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' })
  if (langs.status === 0 && /^chi_sim$/m.test(`${langs.stdout}${langs.stderr}`)) return
  log('Installing the OCR engine for text inside images (tesseract-ocr, tesseract-ocr-chi-sim)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'tesseract-ocr', 'tesseract-ocr-chi-sim'], {
      stdio: 'inherit',
      env,
    }).status === 0
  // A fresh machine may have no package lists yet.
  if (install() || (spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env }), install())) return
  log(
    'Could not install tesseract-ocr: text inside images cannot be checked until it is installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim).',
  )
}
