// The secrets `npm run up -- --prod` gives its processes on a developer's or demo machine. Plain Node.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Each secret, the file under the data folder that holds it outside production (lib/secrets.ts). */
const LOCAL_SECRETS = [
  { name: 'PAYLOAD_SECRET', file: 'payload-secret' },
  { name: 'CREDENTIALS_KEY', file: 'credentials.key' },
]

/**
 * `next start` runs as production, and production must be given PAYLOAD_SECRET and CREDENTIALS_KEY:
 * without them every request of `npm run up -- --prod` failed. On this machine the supervisor hands
 * every process (web and worker alike, so they agree) the ones the dev server keeps in the data folder,
 * 32 random bytes in base64 each, written with mode 0600 when missing, as lib/localSecret.ts writes
 * them. A secret the environment sets is left to it. Returns the ones it read.
 * @param {{ dataDir: string, env: Record<string, string | undefined> }} args
 * @returns {Record<string, string>}
 */
export function localSecretsFor({ dataDir, env }) {
  /** @type {Record<string, string>} */
  const found = {}
  for (const { name, file } of LOCAL_SECRETS) {
    if (env[name]) continue
    const at = path.join(dataDir, file)
    if (!fs.existsSync(at)) {
      fs.mkdirSync(dataDir, { recursive: true })
      fs.writeFileSync(at, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
    }
    found[name] = fs.readFileSync(at, 'utf8').trim()
  }
  return found
}
