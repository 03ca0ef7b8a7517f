import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { capturedOutput } from '../../helpers/capturedOutput'
import { createTeam, makeDoc, PASSWORD } from '../../helpers/fixtures'
import { api, login } from '../../helpers/rest'
import { startTestCms, type TestCms } from '../../helpers/testCms'

/**
 * A refused request is routine, not an error to wake an operator for: logged at `info` at REST and at
 * GraphQL alike (Payload logs GraphQL's refusals wrapped in a GraphQLError, at `error`, with the stack).
 */
process.env.LOG_LEVEL = 'info'
let cms: TestCms
let designer: string
let article: string | number

before(async () => {
  cms = await startTestCms()
  const team = await createTeam(cms.payload)
  designer = await login({ url: cms.url, email: team.designer.email, password: PASSWORD })
  article = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双十二预热', body: '正文', status: 'draft', owner: team.copywriter.id },
  })
})
after(async () => cms?.close())

type LogLine = { level: number; msg?: string; err?: unknown }
const lines = (text: string): LogLine[] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)

test('a refused delete at REST and at GraphQL is one info line each, no error', async () => {
  const captured = capturedOutput()
  try {
    const rest = await api({ url: cms.url, method: 'DELETE', path: `/api/articles/${article}`, token: designer })
    assert.equal(rest.status, 403, JSON.stringify(rest.body))
    const graphql = await api<{ errors?: { message: string }[] }>({
      url: cms.url,
      method: 'POST',
      path: '/api/graphql',
      token: designer,
      body: { query: `mutation { deleteArticle(id: ${JSON.stringify(article)}) { id } }` },
    })
    assert.match(String(graphql.body.errors?.[0]?.message), /你的角色不能做这件事/, JSON.stringify(graphql.body))
  } finally {
    captured.stop()
  }
  const logged = lines(captured.text())
  assert.deepEqual(
    logged.filter((line) => line.level >= 40),
    [],
  )
  assert.deepEqual(
    logged.filter((line) => line.msg?.includes('你的角色不能做这件事')).map((line) => [line.level, line.msg]),
    [
      [30, '你的角色不能做这件事。'],
      [30, '你的角色不能做这件事。'],
    ],
  )
})
