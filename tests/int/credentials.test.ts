import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { databaseKind } from '../../lib/databaseKind'
import { ensurePostgres } from '../../scripts/postgres.mjs'
import { capturedOutput } from '../helpers/capturedOutput'
import { createTeam, type Id, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

// Log everything this process writes, at the most verbose level, to prove no secret reaches the logs.
process.env.LOG_LEVEL = 'trace'
const captured = capturedOutput()

const CANARY = `CANARY-${randomBytes(12).toString('hex')}`
const CANARY_TOKEN = `TOKEN-${randomBytes(12).toString('hex')}`
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
const responses: string[] = []
let accountId: Id

async function recorded(reply: Promise<{ status: number; body: unknown }>) {
  const r = await reply
  responses.push(JSON.stringify(r.body))
  return r
}

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  }
  const created = await recorded(
    api<{ doc: { id: Id } }>({
      url: cms.url,
      method: 'POST',
      path: '/api/platform-accounts',
      token: tokens.admin,
      body: { platform: 'wechat', name: '金丝雀公众号', credentials: { appId: 'wx5f6e7d8c9b0a1234', appSecret: CANARY } },
    }),
  )
  assert.equal(created.status, 201)
  accountId = (created.body as { doc: { id: Id } }).doc.id
})
after(async () => cms?.close())

test('the stored credential decrypts to what was written (it was kept, encrypted)', async () => {
  const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
  const creds = await readAccountCredentials({ payload: cms.payload, id: accountId })
  assert.equal(creds.appSecret, CANARY)
  assert.equal(creds.appId, 'wx5f6e7d8c9b0a1234')
})

test('saving the form again without retyping keeps the secret; a new value replaces it', async () => {
  const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
  await recorded(
    api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/platform-accounts/${accountId}`,
      token: tokens.admin,
      body: { name: '改名', credentials: { appSecret: '', appId: null } },
    }),
  )
  assert.equal((await readAccountCredentials({ payload: cms.payload, id: accountId })).appSecret, CANARY)
  await recorded(
    api({
      url: cms.url,
      method: 'PATCH',
      path: `/api/platform-accounts/${accountId}`,
      token: tokens.admin,
      body: { credentials: { accessToken: CANARY_TOKEN } },
    }),
  )
  const after = await readAccountCredentials({ payload: cms.payload, id: accountId })
  assert.equal(after.accessToken, CANARY_TOKEN)
  assert.equal(after.appSecret, CANARY)
})

test('the admin sees only whether each credential is set and its last 4 characters', async () => {
  const reply = await recorded(
    api<{ credentialsHint: Record<string, { set: boolean; last4: string | null }> }>({
      url: cms.url,
      method: 'GET',
      path: `/api/platform-accounts/${accountId}`,
      token: tokens.admin,
    }),
  )
  const hint = (reply.body as { credentialsHint: Record<string, { set: boolean; last4: string | null }> }).credentialsHint
  assert.deepEqual(hint.appSecret, { set: true, last4: CANARY.slice(-4) })
  assert.deepEqual(hint.appKey, { set: false, last4: null })
})

test('no role reads a credential through REST, GraphQL or lists', async () => {
  for (const role of ['admin', 'editor', 'copywriter', 'designer'] as const) {
    await recorded(api({ url: cms.url, method: 'GET', path: `/api/platform-accounts/${accountId}?depth=2`, token: tokens[role] }))
    await recorded(api({ url: cms.url, method: 'GET', path: '/api/platform-accounts?limit=50', token: tokens[role] }))
    await recorded(
      api({ url: cms.url, method: 'GET', path: `/api/platform-accounts?where[credentialsCipher][exists]=true`, token: tokens[role] }),
    )
    const gql = await fetch(`${cms.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
      body: JSON.stringify({ query: `{ PlatformAccounts { docs { id name credentials { appId appSecret accessToken } } } }` }),
    })
    responses.push(await gql.text())
  }
  await recorded(api({ url: cms.url, method: 'GET', path: `/api/platform-accounts/${accountId}` }))
  const all = responses.join('\n')
  assert.ok(responses.length >= 14)
  assert.ok(!all.includes(CANARY), 'the secret leaked into an API response')
  assert.ok(!all.includes(CANARY_TOKEN), 'the token leaked into an API response')
  assert.ok(!all.includes('v1.'), 'the sealed value leaked into an API response')
})

test('the plaintext is nowhere in the stored database', () => {
  const stored = storedDatabase()
  // The sealed credentials are there: this reads where the account was saved.
  assert.ok(stored.some(({ bytes }) => bytes.includes(Buffer.from('v1.'))))
  for (const { name, bytes } of stored) {
    assert.equal(bytes.includes(Buffer.from(CANARY)), false, `${name} contains the secret`)
    assert.equal(bytes.includes(Buffer.from(CANARY_TOKEN)), false, `${name} contains the token`)
  }
})

/** SQLite's files as they lie in the data folder; on Postgres, the database as a backup (pg_dump) holds it. */
function storedDatabase(): { name: string; bytes: Buffer }[] {
  const url = String(process.env.DATABASE_URL)
  if (databaseKind(url) === 'postgres') {
    const dump = spawnSync(path.join(ensurePostgres(), 'pg_dump'), ['--dbname', url], { maxBuffer: 256 * 1024 * 1024 })
    assert.equal(dump.status, 0, String(dump.stderr))
    return [{ name: 'the pg_dump of the database', bytes: dump.stdout }]
  }
  return fs
    .readdirSync(cms.dataDir)
    .filter((f) => f.startsWith('cms.db'))
    .map((file) => ({ name: file, bytes: fs.readFileSync(path.join(cms.dataDir, file)) }))
}

test('the plaintext is nowhere in the logs', () => {
  const logs = captured.text()
  assert.ok(!logs.includes(CANARY))
  assert.ok(!logs.includes(CANARY_TOKEN))
})

test('a wrong key fails closed with a message that says what to do', async () => {
  const { readAccountCredentials } = await import('../../cms/secrets/readAccountCredentials')
  await assert.rejects(
    readAccountCredentials({ payload: cms.payload, id: accountId, key: randomBytes(32) }),
    /CREDENTIALS_KEY is not the key they were saved with/,
  )
})
