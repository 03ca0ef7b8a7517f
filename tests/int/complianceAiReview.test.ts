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
let posterId: Id

type Review = {
  status: 'done' | 'offline' | 'failed'
  note: string
  model: string | null
  points: {
    kind: string
    kindLabel: string
    quote: string
    location: { field: string; fieldLabel: string; start: number; end: number } | null
  }[]
  errors?: { message: string }[]
}

const COPY = '冬季羊毛围巾上新。戴上它，感冒再也不找上门。'

before(async () => {
  fake = await startOpenAiFake({ apiKey: 'sk-test-review' })
  process.env.OPENAI_BASE_URL = fake.baseUrl
  process.env.OPENAI_API_KEY = 'sk-test-review'
  process.env.AI_MODEL = 'qwen-plus'
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  for (const role of ['editor', 'designer', 'copywriter'] as const)
    tokens[role] = await login({ url: cms.url, email: team[role].email, password: PASSWORD })
  const cover = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt: '围巾平铺图' } })
  posterId = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '围巾海报', headline: '暖到心里的围巾', copy: COPY, image: cover, owner: team.designer.id },
  })
})
after(async () => {
  await cms?.close()
  await fake?.close()
})

const review = (token: string, body: unknown = { collection: 'posters', id: posterId }) =>
  api<Review>({ url: cms.url, method: 'POST', path: '/api/compliance/ai-review', token, body })

test('an editor gets the model’s points with their quotes located in the poster’s fields; a quote not found stays, without offsets', async () => {
  fake.reply({
    task: 'compliance-review',
    reply: {
      content: JSON.stringify({
        points: [
          { kind: 'medical-claim', quote: '感冒再也不找上门', reason: '暗示预防疾病', suggestion: '改为“冬天出门更暖和”' },
          { kind: 'missing-product-info', quote: '', reason: '没有写羊毛的产地和含量', suggestion: '补充产地与成分' },
          { kind: 'superlative', quote: '全网最暖', reason: '变相绝对化', suggestion: '删去' },
        ],
      }),
    },
  })
  const reply = await review(tokens.editor)
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  assert.equal(reply.body.status, 'done')
  assert.equal(reply.body.model, 'qwen-plus')
  const prompt = fake
    .requests()[0]
    .messages.map((m) => m.content)
    .join('\n')
  for (const text of ['【海报主标题】暖到心里的围巾', COPY, '围巾平铺图']) assert.ok(prompt.includes(text), `the model reads ${text}`)
  const [cure, missing, invented] = reply.body.points
  assert.deepEqual(cure.location, { field: 'copy', fieldLabel: '海报文案', start: COPY.indexOf('感冒'), end: COPY.indexOf('感冒') + 8 })
  assert.equal(missing.kindLabel, '缺少产地/材质')
  assert.equal(missing.location, null)
  assert.equal(invented.quote, '全网最暖')
  assert.equal(invented.location, null)
})

test('the owner may ask too; another designer may not; nobody signed in is refused', async () => {
  fake.reply({ task: 'compliance-review', reply: { content: '{"points":[]}' } })
  const owner = await review(tokens.designer)
  assert.equal(owner.status, 200)
  assert.match(owner.body.note, /不代表内容合规/)
  const other = await review(tokens.copywriter)
  assert.equal(other.status, 403)
  assert.match(String(other.body.errors?.[0]?.message), /编辑、管理员或这条内容的负责人/)
  assert.equal(
    (
      await api({
        url: cms.url,
        method: 'POST',
        path: '/api/compliance/ai-review',
        token: null,
        body: { collection: 'posters', id: posterId },
      })
    ).status,
    401,
  )
  assert.equal((await review(tokens.editor, { collection: 'campaigns', id: posterId })).status, 400)
})

test('when the endpoint fails the reply says so plainly: only the lexicon was checked', async () => {
  fake.fail({ kind: 'status', status: 503, times: 5 })
  const reply = await review(tokens.editor)
  assert.equal(reply.status, 200)
  assert.equal(reply.body.status, 'failed')
  assert.deepEqual(reply.body.points, [])
  assert.match(reply.body.note, /AI 复核没有完成.*本次只做了词库检查/)
})
