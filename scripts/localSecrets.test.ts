import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { localSecretsFor } from './localSecrets.mjs'

const made: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-secrets-'))
  made.push(dir)
  return dir
}
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

test('without the secrets in the environment: the data folder’s, created once (0600, 32 bytes) and the same on every start', () => {
  const dataDir = path.join(tempDir(), '.data')
  const first = localSecretsFor({ dataDir, env: {} })
  assert.deepEqual(Object.keys(first).sort(), ['CREDENTIALS_KEY', 'PAYLOAD_SECRET'])
  for (const [name, file] of [
    ['PAYLOAD_SECRET', 'payload-secret'],
    ['CREDENTIALS_KEY', 'credentials.key'],
  ] as const) {
    assert.equal(Buffer.from(first[name], 'base64').length, 32, name)
    assert.equal(fs.readFileSync(path.join(dataDir, file), 'utf8').trim(), first[name])
    assert.equal(fs.statSync(path.join(dataDir, file)).mode & 0o777, 0o600)
  }
  assert.notEqual(first.PAYLOAD_SECRET, first.CREDENTIALS_KEY)
  assert.deepEqual(localSecretsFor({ dataDir, env: {} }), first)
})

test('what the dev server already keeps is used as it is', () => {
  const dataDir = tempDir()
  fs.writeFileSync(path.join(dataDir, 'payload-secret'), 'kept-by-the-dev-server-0123456789abcdef\n')
  assert.equal(localSecretsFor({ dataDir, env: {} }).PAYLOAD_SECRET, 'kept-by-the-dev-server-0123456789abcdef')
})

test('a secret the environment sets is left to it, and its file is not created', () => {
  const dataDir = tempDir()
  const found = localSecretsFor({ dataDir, env: { PAYLOAD_SECRET: 'set-by-the-operator-0123456789abcdef' } })
  assert.deepEqual(Object.keys(found), ['CREDENTIALS_KEY'])
  assert.equal(fs.existsSync(path.join(dataDir, 'payload-secret')), false)
})
