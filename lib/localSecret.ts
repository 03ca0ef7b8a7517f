import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Reads a development secret from `dir/name`, generating it (mode 0600) on first use.
 * Only used outside production: production must be given its secrets.
 */
export function readOrCreateLocalSecret(args: { dir: string; name: string; bytes: number }): string {
  const file = path.join(args.dir, args.name)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.mkdirSync(args.dir, { recursive: true })
  const value = randomBytes(args.bytes).toString('base64')
  try {
    fs.writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' })
    return value
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
}
