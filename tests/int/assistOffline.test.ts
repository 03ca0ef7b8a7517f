import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createTeam, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

const here = path.dirname(fileURLToPath(import.meta.url))
let cms: TestCms
let token = ''
let team: Awaited<ReturnType<typeof createTeam>>

before(async () => {
  delete process.env.OPENAI_API_KEY
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  token = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
})
after(async () => cms?.close())

type Reply = { offline: boolean; suggestions: { text: string; meta?: { offline?: boolean } }[]; issues: { message: string }[] }

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

test('offline, every task of the panel either suggests something marked 离线建议 or says in one sentence whom to ask', async () => {
  const article = fs.readFileSync(path.join(here, '../../assist/fixtures/member-day-618.md'), 'utf8')
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'articles',
    data: { title: '618 会员日', body: article, hashtags: ['618会员日'], owner: team.copywriter.id },
  })
  const ask = (task: string, extra: Record<string, unknown> = {}) =>
    api<Reply>({
      url: cms.url,
      method: 'POST',
      path: `/api/assist/${task}`,
      token,
      body: { doc: { relationTo: 'articles', value: id }, ...extra },
    })

  const titles = await ask('titles')
  assert.equal(titles.status, 200, JSON.stringify(titles.body))
  assert.equal(titles.body.suggestions.length, 5)
  assert.ok(titles.body.suggestions.every((s) => s.meta?.offline === true && s.text.length > 0))
  assert.match(titles.body.issues[0].message, /^离线建议/)

  const weibo = await ask('weibo')
  assert.ok(weibo.body.suggestions[0].text.includes('#618会员日#'), 'the article’s own 话题')
  const rewrite = await ask('rewrite', { platform: 'weibo' })
  assert.equal(rewrite.body.suggestions.length, 1)

  for (const [task, extra, label] of [
    ['draft', { instruction: '写一篇会员日预告' }, '按简报起草'],
    ['polish', {}, '润色'],
    ['rewrite', { platform: 'toutiao' }, '改写到其他平台'],
  ] as const) {
    const reply = await ask(task, extra)
    assert.equal(reply.status, 200, JSON.stringify(reply.body))
    assert.deepEqual(reply.body.suggestions, [])
    assert.deepEqual(
      reply.body.issues.map((issue) => issue.message),
      [`「${label}」需要 AI 服务，目前还没有开通，请联系管理员开通。`],
    )
  }
  for (const reply of [titles, weibo, rewrite]) assert.doesNotMatch(JSON.stringify(reply.body.issues), /\.env|OPENAI|API_KEY|重启/)
})
