import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createTeam, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

const here = path.dirname(fileURLToPath(import.meta.url))
let cms: TestCms
let token = ''

before(async () => {
  delete process.env.OPENAI_API_KEY
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
})
after(async () => cms?.close())

type Reply = { offline: boolean; suggestions: { text: string }[]; issues: { message: string }[] }

test('with no model configured, a digest still comes, by extraction, within WeChat’s limit', async () => {
  const article = fs.readFileSync(
    path.join(
      here,
      '../../assist/fixtures',
      fs.readdirSync(path.join(here, '../../assist/fixtures')).find((f) => f.endsWith('.md'))!,
    ),
    'utf8',
  )
  const reply = await api<Reply>({ url: cms.url, method: 'POST', path: '/api/assist/digest', token, body: { text: article } })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  assert.equal(reply.body.offline, true)
  const digest = reply.body.suggestions[0].text
  assert.ok([...digest].length <= 128 && [...digest].length > 20, digest)
  assert.ok(!/[#*`>]/.test(digest), 'no Markdown left')
})

test('a task that needs a model says plainly that none is configured and how to configure it', async () => {
  const reply = await api<Reply>({ url: cms.url, method: 'POST', path: '/api/assist/titles', token, body: { text: '双12 会员日攻略' } })
  assert.equal(reply.status, 200)
  assert.equal(reply.body.suggestions.length, 0)
  assert.match(reply.body.issues.map((i) => i.message).join(' '), /OPENAI_API_KEY/)
})
