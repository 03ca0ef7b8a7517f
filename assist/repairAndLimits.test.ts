import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake } from '../tests/fakes/openai'
import type { OpenAiFake } from '../tests/fakes/openai'
import { runAssistTask } from './runAssistTask'
import { FAKE_KEY, fakeConfig } from './testing/fakeConfig'
import { complianceScan } from './testing/wordListScan'
import { WEIBO_LINK_PLACEHOLDER, countCharacters, weiboLength } from './text/countLength'
import { endsWithSentencePunctuation } from './text/splitSentences'

let fake: OpenAiFake
const article = '# 会员日\n\n本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'
const run = (task: Parameters<typeof runAssistTask>[0]['task'], input: Parameters<typeof runAssistTask>[0]['input']) =>
  runAssistTask({ task, input, config: fakeConfig({ fake }), scan: complianceScan })
const titlesJson = (titles: string[]) => JSON.stringify({ titles: titles.map((title) => ({ title, angle: '利益点' })) })

describe('outputs that break the schema or a limit are repaired or reported, never inserted as they are', () => {
  before(async () => {
    fake = await startOpenAiFake({ apiKey: FAKE_KEY })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('JSON inside a ```json block is read without another request', async () => {
    fake.reply({ task: 'titles', reply: { content: '好的：\n```json\n' + titlesJson(['会员日市集周六开张']) + '\n```' } })
    const { suggestions } = await run('titles', { text: article })
    assert.deepEqual(
      suggestions.map((suggestion) => suggestion.text),
      ['会员日市集周六开张'],
    )
    assert.equal(fake.requests().length, 1)
  })

  test('an answer that is not the schema is sent back once with the problem, and the repaired answer is used', async () => {
    fake.reply([
      { task: 'titles', reply: { content: '1. 会员日市集周六开张\n2. 二十多家商家等你来' } },
      { task: 'titles', reply: { content: titlesJson(['会员日市集周六开张', '二十多家商家等你来']) } },
    ])
    const { suggestions, usage } = await run('titles', { text: article })
    assert.equal(suggestions.length, 2)
    const [first, second] = fake.requests()
    assert.equal(second.messages.length, 4)
    assert.deepEqual(second.messages.slice(0, 2), first.messages)
    assert.deepEqual(second.messages[2], { role: 'assistant', content: '1. 会员日市集周六开张\n2. 二十多家商家等你来' })
    assert.match(second.messages[3].content, /不符合要求：输出不是合法的 JSON/)
    assert.ok(usage && usage.completionTokens > 30, 'usage counts both calls')
  })

  test('an answer still broken after the repair is reported as an error and nothing is suggested', async () => {
    fake.reply({ task: 'poster', times: 2, reply: { content: JSON.stringify({ headline: '会员日市集', lines: [] }) } })
    await assert.rejects(run('poster', { brief: '会员日市集' }), (error: unknown) => {
      assert.ok(error instanceof Error && 'code' in error)
      assert.equal(error.code, 'model-output-invalid')
      assert.match(error.message, /lines：至少要有一行卖点文案/)
      return true
    })
    assert.equal(fake.requests().length, 2)
  })

  test('an over-long title is cut at a clause when it can be, and flagged (text untouched) when it cannot', async () => {
    const clauseTitle = '618会员日福利全攻略：满减拼团秒杀三重优惠叠加使用，一次讲清所有规则'
    const runOnTitle = '六一八会员日满减拼团秒杀三重福利叠加使用的全部规则和注意事项一次讲清楚收藏好'
    fake.reply({ task: 'titles', reply: { content: titlesJson(['会员日市集周六开张', clauseTitle, runOnTitle]) } })
    const { suggestions } = await run('titles', { text: article })
    const [fine, cut, flagged] = suggestions
    assert.deepEqual(fine.issues, [])
    assert.equal(cut.text, '618会员日福利全攻略：满减拼团秒杀三重优惠叠加使用')
    assert.ok(countCharacters(cut.text) <= 32)
    assert.deepEqual(
      cut.issues.map((issue) => [issue.code, issue.severity, issue.limit, issue.actual]),
      [['trimmed-to-limit', 'warning', 32, countCharacters(clauseTitle)]],
    )
    assert.equal(flagged.text, runOnTitle)
    assert.deepEqual(
      flagged.issues.map((issue) => [issue.code, issue.severity, issue.limit, issue.actual]),
      [['over-limit', 'error', 32, countCharacters(runOnTitle)]],
    )
    assert.match(flagged.issues[0].message, /微信公众号标题有 38 字，超过上限 32 字/)
  })

  test('Toutiao titles are held to 30', async () => {
    fake.reply({ task: 'titles', reply: { content: titlesJson(['会员日市集本周六开张，二十多家本地商家到场，新人首单立减二十元']) } })
    const { suggestions } = await run('titles', { text: article, platform: 'toutiao' })
    assert.ok(countCharacters(suggestions[0].text) <= 30)
    assert.match(fake.requests()[0].messages[0].content, /不超过 30 字/)
  })

  test('an over-long digest is cut at a sentence end within 128', async () => {
    const long = '本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'.repeat(5)
    fake.reply({ task: 'digest', reply: { content: long } })
    const [digest] = (await run('digest', { text: article })).suggestions
    assert.ok(countCharacters(digest.text) <= 128)
    assert.ok(endsWithSentencePunctuation(digest.text))
    assert.equal(digest.issues[0].code, 'trimmed-to-limit')
  })

  test('an over-long Weibo post keeps its hashtags and link, and the body is cut to fit 140', async () => {
    const body = '本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'.repeat(6)
    fake.reply({ task: 'weibo', reply: { content: `#会员日# ${body} #周末去哪儿# https://invented.example.com/x` } })
    const [post] = (await run('weibo', { text: article })).suggestions
    assert.ok(weiboLength(post.text) <= 140, String(weiboLength(post.text)))
    assert.ok(post.text.endsWith(`#会员日# #周末去哪儿# ${WEIBO_LINK_PLACEHOLDER}`), post.text)
    assert.doesNotMatch(post.text, /invented/)
    assert.deepEqual(post.meta?.hashtags, ['会员日', '周末去哪儿'])
    assert.equal(post.issues[0].code, 'trimmed-to-limit')
  })

  test('an empty answer is repaired too', async () => {
    fake.reply([
      { task: 'polish', reply: { content: '   ' } },
      { task: 'polish', reply: { content: '这款冷萃更顺口。' } },
    ])
    const { suggestions } = await run('polish', { text: '这款冷萃喝起来比较顺口。' })
    assert.equal(suggestions[0].text, '这款冷萃更顺口。')
    assert.equal(fake.requests().length, 2)
  })

  test('a reply cut off by the provider’s length limit is marked', async () => {
    fake.reply({ task: 'draft', reply: { content: '# 会员日\n\n本周六上午十点', finishReason: 'length' } })
    const { suggestions } = await run('draft', { brief: '会员日市集' })
    assert.equal(suggestions[0].issues[0].code, 'output-truncated')
  })
})
