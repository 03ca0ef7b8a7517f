import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { type OpenAiFake, startOpenAiFake } from '../fakes/openai'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

let cms: TestCms
let fake: OpenAiFake
let team: Awaited<ReturnType<typeof createTeam>>
const tokens: Record<string, string> = {}
let articleId: Id

type Reply = {
  suggestions: { text: string; findings: { word: string }[]; issues: { message: string }[] }[]
  usage: { totalTokens: number; model: string } | null
  offline: boolean
}

before(async () => {
  fake = await startOpenAiFake({ apiKey: 'sk-test-assist' })
  process.env.OPENAI_BASE_URL = fake.baseUrl
  process.env.OPENAI_API_KEY = 'sk-test-assist'
  process.env.AI_MODEL = 'qwen-plus'
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['copywriter', 'designer'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  const campaign = await makeDoc({
    payload: cms.payload,
    collection: 'campaigns',
    data: { name: '双12', brief: '面向社区家庭用户，强调新鲜实惠', styleGuide: { dont: ['不用感叹号'] } },
  })
  articleId = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '双12 攻略', body: '## 会员日\n\n全场满 199 减 30，门店自提再减 5 元。', campaign, owner: team.copywriter.id },
  })
})
after(async () => {
  await cms?.close()
  await fake?.close()
})

const assist = (task: string, body: unknown, token = tokens.copywriter) =>
  api<Reply & { errors?: { message: string }[] }>({ url: cms.url, method: 'POST', path: `/api/assist/${task}`, token, body })

test('titles: the configured endpoint and model, the campaign brief and style guide in the prompt, a forbidden word flagged, usage recorded', async () => {
  fake.reply({
    task: 'titles',
    reply: {
      content: JSON.stringify({
        titles: [
          { title: '双12 全网最低价攻略', angle: '价格' },
          { title: '双12 会员日怎么买最划算', angle: '攻略' },
          { title: '社区家庭的双12 清单', angle: '场景' },
          { title: '满 199 减 30 怎么用', angle: '利益点' },
          { title: '门店自提再减 5 元', angle: '门店' },
        ],
      }),
    },
  })
  const reply = await assist('titles', { doc: { relationTo: 'articles', value: articleId }, platform: 'wechat' })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  const [request] = fake.requests()
  assert.equal(request.model, 'qwen-plus')
  assert.equal(request.authorization, 'Bearer sk-test-assist')
  const prompt = request.messages.map((m) => m.content).join('\n')
  assert.ok(prompt.includes('面向社区家庭用户') && prompt.includes('不用感叹号'), 'brief and style guide reach the model')
  assert.equal(reply.body.suggestions.length, 5)
  assert.ok(
    reply.body.suggestions[0].findings.some((f) => ['全网最', '最低'].includes(f.word)),
    'the absolute term is flagged, not hidden',
  )
  const usage = await cms.payload.find({
    collection: 'assist-usage',
    overrideAccess: true,
    where: { user: { equals: team.copywriter.id } },
  })
  assert.equal(usage.docs[0]?.task, 'titles')
  assert.ok(Number(usage.docs[0]?.totalTokens) > 0)
})

test('streaming: deltas then the result; closing the stream stops the model request', async () => {
  const long = '冬天的社区面包店，凌晨五点就亮起了灯。'.repeat(80)
  fake.reply({ task: 'draft', reply: { content: long, chunkSize: 4, chunkDelayMs: 30 } })
  const controller = new AbortController()
  const response = await fetch(`${cms.url}/api/assist/draft`, {
    method: 'POST',
    signal: controller.signal,
    headers: { authorization: `JWT ${tokens.copywriter}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ doc: { relationTo: 'articles', value: articleId }, instruction: '写一篇门店故事' }),
  })
  assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/)
  const reader = response.body!.getReader()
  let text = ''
  while (!text.includes('event: delta')) text += new TextDecoder().decode((await reader.read()).value)
  controller.abort()
  const [cancelled] = await fake.waitFor({
    until: (requests) => requests.some((r) => r.task === 'draft' && r.outcome === 'disconnected'),
    timeoutMs: 10_000,
  })
  assert.ok(cancelled)
})

test('access: anonymous 401, a designer on an article 403, an unknown task 404, a bad body 400', async () => {
  assert.equal((await api({ url: cms.url, method: 'POST', path: '/api/assist/titles', body: { text: 'x' } })).status, 401)
  assert.equal((await assist('titles', { doc: { relationTo: 'articles', value: articleId } }, tokens.designer)).status, 403)
  assert.equal((await assist('sing', { text: 'x' })).status, 404)
  assert.equal((await assist('titles', { count: 'many' })).status, 400)
})
