import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake } from '../tests/fakes/openai'
import type { OpenAiFake } from '../tests/fakes/openai'
import { runAssistTask } from './runAssistTask'
import { FAKE_KEY, FAKE_MODEL, fakeConfig } from './testing/fakeConfig'
import { complianceScan } from './testing/wordListScan'

let fake: OpenAiFake
const article = '# 会员日\n\n本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'

describe('runAssistTask against the OpenAI fake', () => {
  before(async () => {
    fake = await startOpenAiFake({ apiKey: FAKE_KEY })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('calls the configured base URL with the key and model, and returns the usage', async () => {
    fake.reply({
      task: 'digest',
      reply: { content: '本周六会员日市集开放，二十多家本地商家到场。', usage: { promptTokens: 321, completionTokens: 23 } },
    })
    const result = await runAssistTask({ task: 'digest', input: { text: article }, config: fakeConfig({ fake }), scan: complianceScan })
    const [request] = fake.requests()
    assert.equal(fake.requests().length, 1)
    assert.equal(request.path, '/v1/chat/completions')
    assert.equal(request.model, FAKE_MODEL)
    assert.equal(request.authorization, `Bearer ${FAKE_KEY}`)
    assert.equal(request.task, 'digest')
    assert.equal(request.stream, false)
    assert.deepEqual(
      request.messages.map((message) => message.role),
      ['system', 'user'],
    )
    assert.deepEqual(result.usage, { promptTokens: 321, completionTokens: 23, totalTokens: 344, model: FAKE_MODEL })
    assert.equal(result.offline, false)
    assert.deepEqual(result.suggestions, [{ text: '本周六会员日市集开放，二十多家本地商家到场。', findings: [], issues: [] }])
  })

  test('a per-task model overrides the default model for that task only', async () => {
    const config = fakeConfig({ fake, overrides: { taskModels: { titles: 'title-model' } } })
    await runAssistTask({ task: 'titles', input: { text: article }, config, scan: complianceScan })
    await runAssistTask({ task: 'digest', input: { text: article }, config, scan: complianceScan })
    assert.deepEqual(
      fake.requests().map((request) => [request.task, request.model]),
      [
        ['titles', 'title-model'],
        ['digest', FAKE_MODEL],
      ],
    )
  })

  test('forbidden words in a suggestion are flagged with their place in the text', async () => {
    fake.reply({ task: 'digest', reply: { content: '全城最低价，会员日稳赚不亏的福利一次领。' } })
    const { suggestions } = await runAssistTask({
      task: 'digest',
      input: { text: article },
      config: fakeConfig({ fake }),
      scan: complianceScan,
    })
    const [suggestion] = suggestions
    assert.deepEqual(
      suggestion.findings.map((finding) => [finding.word, finding.severity, suggestion.text.slice(finding.start, finding.end)]),
      [
        ['最低价', 'block', '最低价'],
        ['稳赚', 'block', '稳赚'],
      ],
    )
  })

  test('every title is scanned on its own, and each carries its angle', async () => {
    const titles = [
      { title: '会员日来了，全城第一波福利', angle: '时间节点' },
      { title: '周六去哪？会员日市集逛起来', angle: '场景代入' },
    ]
    fake.reply({ task: 'titles', reply: { content: JSON.stringify({ titles }) } })
    const { suggestions } = await runAssistTask({
      task: 'titles',
      input: { text: article, count: 2 },
      config: fakeConfig({ fake }),
      scan: complianceScan,
    })
    assert.deepEqual(
      suggestions.map((suggestion) => [suggestion.text, suggestion.meta?.angle, suggestion.findings.map((finding) => finding.start)]),
      [
        ['会员日来了，全城第一波福利', '时间节点', [8]],
        ['周六去哪？会员日市集逛起来', '场景代入', []],
      ],
    )
  })

  test('the style guide is in the prompt, and a banned phrasing in the answer is an error issue', async () => {
    const styleGuide = { do: ['像朋友一样说话'], dont: ['用感叹号结尾'], bannedPhrases: ['闭眼入'] }
    fake.reply({ task: 'polish', reply: { content: '这款冷萃，闭眼入就对了。' } })
    const { suggestions } = await runAssistTask({
      task: 'polish',
      input: { text: '这款冷萃值得一试。', styleGuide },
      config: fakeConfig({ fake }),
      scan: complianceScan,
    })
    const [system] = fake.requests()[0].messages
    assert.ok(['像朋友一样说话', '用感叹号结尾', '闭眼入'].every((phrase) => system.content.includes(phrase)))
    assert.deepEqual(
      suggestions[0].issues.map((issue) => [issue.code, issue.severity]),
      [['banned-phrase', 'error']],
    )
  })

  test('poster copy comes back as lines with the structure in meta', async () => {
    const poster = {
      headline: '会员日市集',
      subheadline: '本周六 10:00',
      lines: ['二十多家本地商家', '新人首单立减二十元'],
      callToAction: '小程序领券',
    }
    fake.reply({ task: 'poster', reply: { content: JSON.stringify(poster) } })
    const { suggestions } = await runAssistTask({
      task: 'poster',
      input: { brief: '会员日市集' },
      config: fakeConfig({ fake }),
      scan: complianceScan,
    })
    assert.equal(suggestions[0].text, '会员日市集\n本周六 10:00\n二十多家本地商家\n新人首单立减二十元\n小程序领券')
    assert.deepEqual(suggestions[0].meta, poster)
  })

  test('input a task cannot use is refused before any request', async () => {
    await assert.rejects(runAssistTask({ task: 'digest', input: {}, config: fakeConfig({ fake }), scan: complianceScan }), {
      name: 'AssistError',
      code: 'invalid-input',
      httpStatus: 400,
      message: '写摘要需要正文（text）。',
    })
    await assert.rejects(
      runAssistTask({ task: 'titles', input: { text: article, count: 99 }, config: fakeConfig({ fake }), scan: complianceScan }),
      {
        code: 'invalid-input',
      },
    )
    assert.equal(fake.requests().length, 0)
  })
})
