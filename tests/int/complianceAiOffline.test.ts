import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTeam, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms

before(async () => {
  delete process.env.OPENAI_API_KEY
  cms = await startTestCms()
})
after(async () => cms?.close())

test('with no model configured the AI 复核 says so plainly, and nothing is passed silently', async () => {
  const team = await createTeam(cms.payload)
  const token = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '理财课', body: '闭眼入也不亏', owner: team.copywriter.id },
  })
  const reply = await api<{ status: string; note: string; points: unknown[] }>({
    url: cms.url,
    method: 'POST',
    path: '/api/compliance/ai-review',
    token,
    body: { collection: 'articles', id },
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  assert.deepEqual(reply.body, { status: 'offline', points: [], model: null, note: '未配置 AI 模型，本次只做了词库检查。' })
})
