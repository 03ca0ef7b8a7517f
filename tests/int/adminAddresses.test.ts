import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { machineHosts } from '../../lib/appOrigins'
import { createTeam, PASSWORD } from '../helpers/fixtures'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Issue #17: the admin was a blank page at http://127.0.0.1:PORT and at the network address Next
 * prints, so a team sharing a demo machine could not log in. The cookie now counts from every
 * address of this machine on the app's port, and from nowhere else.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let port = 0

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  port = (await import('../../lib/env')).env.PORT
})
after(async () => cms?.close())

/** Signs in as the admin's login form does from `origin`, then asks who is signed in with the cookie it got. */
async function signInFrom(origin: string): Promise<{ login: number; me: string | null }> {
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: team.editor.email, password: PASSWORD }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const me = await fetch(`${cms.url}/api/users/me`, { headers: { cookie, origin } })
  const body = (await me.json()) as { user: { email: string } | null }
  return { login: login.status, me: body.user?.email ?? null }
}

describe('the admin answers at every address of this machine', () => {
  test('signed in from localhost and 127.0.0.1 on the app port', async () => {
    for (const host of ['localhost', '127.0.0.1']) {
      const reply = await signInFrom(`http://${host}:${port}`)
      assert.equal(reply.login, 200, host)
      assert.equal(reply.me, team.editor.email, host)
    }
  })

  test('signed in from the network address Next prints', async (t) => {
    const network = machineHosts().filter((host) => host !== 'localhost' && host !== '127.0.0.1')
    if (network.length === 0) return t.skip('this machine has no network address')
    for (const host of network) {
      const reply = await signInFrom(`http://${host}:${port}`)
      assert.equal(reply.login, 200, host)
      assert.equal(reply.me, team.editor.email, host)
    }
  })

  test('another port of this machine or another site: the cookie means nothing', async () => {
    for (const origin of [`http://127.0.0.1:${port + 1}`, 'https://evil.example']) {
      assert.equal((await signInFrom(origin)).me, null, origin)
    }
  })
})
