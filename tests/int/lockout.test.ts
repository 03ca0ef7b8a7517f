import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { LOGIN_LOCK_ATTEMPTS, LOGIN_LOCK_MS } from '../../cms/collections/Users'
import { createTeam, PASSWORD, readRaw } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
})
after(async () => cms?.close())

const attempt = (email: string, password: string) =>
  api<{ token?: string; errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/users/login',
    body: { email, password },
  })

test('five failed logins lock the account for ten minutes, even against the right password', async () => {
  assert.equal(LOGIN_LOCK_ATTEMPTS, 5)
  assert.equal(LOGIN_LOCK_MS, 10 * 60 * 1000)
  const email = team.copywriter.email
  for (let i = 0; i < 5; i++) assert.equal((await attempt(email, 'wrong-password')).status, 401)
  const locked = await attempt(email, PASSWORD)
  assert.equal(locked.status, 401)
  assert.equal(locked.body.token, undefined)
  const stored = await readRaw({ payload: cms.payload, collection: 'users', id: team.copywriter.id })
  const lockUntil = new Date(String(stored?.lockUntil)).getTime()
  const expected = Date.now() + LOGIN_LOCK_MS
  assert.ok(Math.abs(lockUntil - expected) < 60_000, `lockUntil ${stored?.lockUntil}`)
})

test('only an admin can unlock; then the user logs in again', async () => {
  const email = team.copywriter.email
  const editorToken = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  const refused = await api({ url: cms.url, method: 'POST', path: '/api/users/unlock', token: editorToken, body: { email } })
  assert.equal(refused.status, 403)
  assert.equal((await attempt(email, PASSWORD)).status, 401, 'still locked after a refused unlock')
  const adminToken = await login({ url: cms.url, email: team.admin.email, password: PASSWORD })
  const unlocked = await api({ url: cms.url, method: 'POST', path: '/api/users/unlock', token: adminToken, body: { email } })
  assert.equal(unlocked.status, 200)
  assert.equal((await attempt(email, PASSWORD)).status, 200)
})
