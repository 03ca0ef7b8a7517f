import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { runAssistTask } from '../runAssistTask'
import { streamAssistTask } from '../streamAssistTask'
import { articleFixtures, markdownSyntax } from '../testing/fixtures'
import { complianceScan } from '../testing/wordListScan'
import { WEIBO_LINK_PLACEHOLDER, countCharacters, weiboLength } from '../text/countLength'
import { endsWithSentencePunctuation } from '../text/splitSentences'
import type { AssistStreamEvent, AssistTask } from '../types'

/** No apiKey: the endpoint built its config from an environment without OPENAI_API_KEY. */
const offlineConfig = { model: 'gpt-4o-mini', baseURL: 'http://127.0.0.1:9/v1' }
const [campaign] = articleFixtures()
const run = (task: AssistTask, input: Parameters<typeof runAssistTask>[0]['input']) =>
  runAssistTask({ task, input, config: offlineConfig, scan: complianceScan })

describe('without an API key', () => {
  test('digest is extracted from the article, says it is offline, and is scanned', async () => {
    const result = await run('digest', { text: campaign.markdown, title: campaign.title })
    assert.equal(result.offline, true)
    assert.equal(result.usage, null)
    const [digest] = result.suggestions
    assert.ok(countCharacters(digest.text) <= 128)
    assert.ok(endsWithSentencePunctuation(digest.text))
    assert.doesNotMatch(digest.text, markdownSyntax)
    assert.equal(digest.meta?.method, 'extraction')
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.severity]),
      [['model-not-configured', 'warning']],
    )
    assert.match(result.issues[0].message, /OPENAI_API_KEY.*OPENAI_BASE_URL.*AI_MODEL/)
  })

  test('a Weibo post is condensed by rules', async () => {
    const [post] = (await run('weibo', { text: campaign.markdown, title: campaign.title })).suggestions
    assert.ok(weiboLength(post.text) <= 140)
    assert.ok(post.text.endsWith(WEIBO_LINK_PLACEHOLDER))
    assert.ok((post.meta?.hashtags as string[]).length > 0)
  })

  test('polish with a maxLength fits the selection at a sentence end; findings are still reported', async () => {
    const selection = '全城最低价的会员日来了。本周六上午十点，会员日市集在园区中庭开放。二十多家本地商家到场，新人首单立减二十元。'
    const [fitted] = (await run('polish', { text: selection, maxLength: 40 })).suggestions
    assert.equal(fitted.text, '全城最低价的会员日来了。本周六上午十点，会员日市集在园区中庭开放。')
    assert.equal(fitted.issues[0].code, 'trimmed-to-limit')
    assert.equal(fitted.findings[0].word, '最低价')
  })

  for (const task of ['draft', 'titles', 'rewrite', 'poster', 'polish'] as const) {
    test(`${task} needs the model: no suggestions and a plain explanation of how to configure it`, async () => {
      const result = await run(task, { text: campaign.markdown, brief: '会员日', platform: 'weibo' })
      assert.deepEqual(result.suggestions, [])
      assert.equal(result.offline, true)
      assert.deepEqual(
        result.issues.map((issue) => [issue.code, issue.severity]),
        [['model-not-configured', 'error']],
      )
      assert.match(result.issues[0].message, /还没有配置 AI 模型.*OPENAI_API_KEY.*OPENAI_BASE_URL.*AI_MODEL.*重启/)
    })
  }

  test('streaming offline gives the result in one done event', async () => {
    const events: AssistStreamEvent[] = []
    for await (const event of streamAssistTask({
      task: 'digest',
      input: { text: campaign.markdown },
      config: offlineConfig,
      scan: complianceScan,
    }))
      events.push(event)
    assert.equal(events.length, 1)
    assert.ok(events[0].type === 'done' && events[0].result.offline)
  })
})
