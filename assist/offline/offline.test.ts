import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { runAssistTask } from '../runAssistTask'
import { streamAssistTask } from '../streamAssistTask'
import { articleFixtures, markdownSyntax } from '../testing/fixtures'
import { complianceScan } from '../testing/wordListScan'
import { WEIBO_LINK_PLACEHOLDER, countCharacters, weiboLength } from '../text/countLength'
import { endsWithSentencePunctuation } from '../text/splitSentences'
import { stripMarkdown } from '../text/stripMarkdown'
import type { AssistStreamEvent, AssistTask } from '../types'

/** No apiKey: the endpoint built its config from an environment without OPENAI_API_KEY. */
const offlineConfig = { model: 'gpt-4o-mini', baseURL: 'http://127.0.0.1:9/v1' }
const [campaign] = articleFixtures()
const run = (task: AssistTask, input: Parameters<typeof runAssistTask>[0]['input']) =>
  runAssistTask({ task, input, config: offlineConfig, scan: complianceScan })

describe('without an API key', () => {
  test('digest is extracted from the article, marked 离线建议, and is scanned', async () => {
    const result = await run('digest', { text: campaign.markdown, title: campaign.title })
    assert.equal(result.offline, true)
    assert.equal(result.usage, null)
    const [digest] = result.suggestions
    assert.ok(countCharacters(digest.text) <= 128)
    assert.ok(endsWithSentencePunctuation(digest.text))
    assert.doesNotMatch(digest.text, markdownSyntax)
    assert.equal(digest.meta?.method, 'extraction')
    assert.equal(digest.meta?.offline, true)
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.severity]),
      [['model-not-configured', 'warning']],
    )
    assert.match(result.issues[0].message, /^离线建议/)
  })

  test('titles come from the article’s subheadings and opening, within the title limit, marked 离线建议', async () => {
    const result = await run('titles', { text: campaign.markdown, title: campaign.title })
    assert.equal(result.suggestions.length, 5)
    const plain = stripMarkdown(campaign.markdown)
    for (const title of result.suggestions) {
      assert.ok(countCharacters(title.text) >= 6 && countCharacters(title.text) <= 64, title.text)
      assert.notEqual(title.text, campaign.title)
      assert.ok(plain.includes(title.text.replace(/…$/, '')), `not from the article: ${title.text}`)
      assert.equal(title.meta?.offline, true)
      assert.match(String(title.meta?.angle), /^取自/)
    }
    assert.equal(new Set(result.suggestions.map((title) => title.text)).size, 5)
  })

  test('a Weibo post is condensed by rules and carries the article’s own 话题 when it has them', async () => {
    const [post] = (await run('weibo', { text: campaign.markdown, title: campaign.title })).suggestions
    assert.ok(weiboLength(post.text) <= 140)
    assert.ok(post.text.endsWith(WEIBO_LINK_PLACEHOLDER))
    assert.ok((post.meta?.hashtags as string[]).length > 0)
    const [tagged] = (await run('weibo', { text: campaign.markdown, title: campaign.title, hashtags: ['618会员日', '#冷萃#'] })).suggestions
    assert.deepEqual(tagged.meta?.hashtags, ['618会员日', '冷萃'])
    assert.ok(tagged.text.includes('#618会员日# #冷萃#'), tagged.text)
    assert.ok(weiboLength(tagged.text) <= 140)
  })

  test('rewriting for Weibo works offline like the Weibo task; poster copy is taken from the article', async () => {
    const [post] = (await run('rewrite', { text: campaign.markdown, title: campaign.title, platform: 'weibo' })).suggestions
    assert.ok(weiboLength(post.text) <= 140 && post.text.endsWith(WEIBO_LINK_PLACEHOLDER))
    const [poster] = (await run('poster', { text: campaign.markdown, title: campaign.title })).suggestions
    assert.ok((poster.meta?.lines as string[]).length >= 2)
    for (const line of poster.meta?.lines as string[]) assert.ok(countCharacters(line) <= 24, line)
  })

  test('polish with a maxLength fits the selection at a sentence end; findings are still reported', async () => {
    const selection = '全城最低价的会员日来了。本周六上午十点，会员日市集在园区中庭开放。二十多家本地商家到场，新人首单立减二十元。'
    const [fitted] = (await run('polish', { text: selection, maxLength: 40 })).suggestions
    assert.equal(fitted.text, '全城最低价的会员日来了。本周六上午十点，会员日市集在园区中庭开放。')
    assert.equal(fitted.issues[0].code, 'trimmed-to-limit')
    assert.equal(fitted.findings[0].word, '最低价')
  })

  const needsModel: [AssistTask, Parameters<typeof run>[1], string][] = [
    ['draft', { brief: '会员日', platform: 'weibo' }, '按简报起草'],
    ['rewrite', { text: campaign.markdown, platform: 'toutiao' }, '改写到其他平台'],
    ['polish', { text: campaign.markdown }, '润色'],
  ]
  for (const [task, input, label] of needsModel) {
    test(`${task} needs the model: one short sentence naming the task and who can turn it on, no server settings`, async () => {
      const result = await run(task, input)
      assert.deepEqual(result.suggestions, [])
      assert.equal(result.offline, true)
      assert.deepEqual(
        result.issues.map((issue) => [issue.code, issue.severity]),
        [['model-not-configured', 'error']],
      )
      const [message] = result.issues.map((issue) => issue.message)
      assert.equal(message, `「${label}」需要 AI 服务，目前还没有开通，请联系管理员开通。`)
    })
  }

  test('no offline answer talks about .env, keys or variables', async () => {
    for (const task of ['draft', 'titles', 'digest', 'weibo', 'rewrite', 'polish', 'poster'] as const) {
      const result = await run(task, { text: campaign.markdown, title: campaign.title, brief: '会员日', platform: 'wechat' })
      const said = [...result.issues, ...result.suggestions.flatMap((s) => s.issues)].map((issue) => issue.message).join(' ')
      assert.doesNotMatch(said, /\.env|OPENAI|API_KEY|BASE_URL|AI_MODEL|重启/, `${task}: ${said}`)
    }
  })

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
