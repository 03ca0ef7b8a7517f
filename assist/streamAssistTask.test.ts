import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake } from '../tests/fakes/openai'
import type { OpenAiFake } from '../tests/fakes/openai'
import { streamAssistTask } from './streamAssistTask'
import { FAKE_KEY, FAKE_MODEL, fakeConfig } from './testing/fakeConfig'
import { complianceScan } from './testing/wordListScan'
import { countCharacters } from './text/countLength'
import type { AssistStreamEvent, AssistTaskArgs } from './types'

let fake: OpenAiFake
const article = '# 会员日\n\n本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'
const longDraft = `# 会员日市集\n\n${'本周六上午十点，会员日市集在园区中庭开放。'.repeat(20)}`

function args(overrides: Partial<AssistTaskArgs>): AssistTaskArgs {
  return { task: 'draft', input: { brief: '会员日市集' }, config: fakeConfig({ fake }), scan: complianceScan, ...overrides }
}

async function collect(events: AsyncIterable<AssistStreamEvent>): Promise<AssistStreamEvent[]> {
  const all: AssistStreamEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

describe('streamAssistTask against the OpenAI fake', () => {
  before(async () => {
    fake = await startOpenAiFake({ apiKey: FAKE_KEY })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('streams the text as it arrives, then the checked result with the usage of the stream', async () => {
    fake.reply({
      task: 'draft',
      reply: { content: '# 会员日\n\n本周六，全城最低价。', chunkSize: 3, usage: { promptTokens: 50, completionTokens: 12 } },
    })
    const events = await collect(streamAssistTask(args({})))
    const deltas = events.filter((event) => event.type === 'delta')
    assert.ok(deltas.length >= 4)
    assert.equal(deltas.map((event) => event.text).join(''), '# 会员日\n\n本周六，全城最低价。')
    const done = events.at(-1)
    assert.ok(done?.type === 'done')
    assert.equal(done.result.suggestions[0].text, '# 会员日\n\n本周六，全城最低价。')
    assert.deepEqual(
      done.result.suggestions[0].findings.map((finding) => finding.word),
      ['最低价'],
    )
    assert.deepEqual(done.result.usage, { promptTokens: 50, completionTokens: 12, totalTokens: 62, model: FAKE_MODEL })
    const [request] = fake.requests()
    assert.equal(request.stream, true)
    assert.equal(request.includeUsage, true)
  })

  test('the final text is the fitted one when the streamed text breaks the limit', async () => {
    fake.reply({ task: 'digest', reply: { content: '本周六上午十点，会员日市集在园区中庭开放，二十多家本地商家到场。'.repeat(5) } })
    const events = await collect(streamAssistTask(args({ task: 'digest', input: { text: article } })))
    const done = events.at(-1)
    assert.ok(done?.type === 'done')
    assert.ok(countCharacters(done.result.suggestions[0].text) <= 128)
  })

  test('aborting the signal mid-stream closes the upstream request, which the fake observes', async () => {
    fake.reply({ task: 'draft', reply: { content: longDraft, chunkSize: 2, chunkDelayMs: 20 } })
    const controller = new AbortController()
    const events: AssistStreamEvent[] = []
    for await (const event of streamAssistTask(args({ signal: controller.signal }))) {
      events.push(event)
      if (events.length === 3) controller.abort()
    }
    assert.deepEqual(events.at(-1), { type: 'error', code: 'aborted', message: '已取消，没有生成内容。' })
    const [request] = await fake.waitFor({ until: (all) => all[0]?.outcome === 'disconnected' })
    assert.ok(request.chunksSent < countCharacters(longDraft) / 2, `the fake kept sending: ${request.chunksSent} chunks`)
    assert.ok(request.disconnectedAt !== null)
  })

  test('leaving the loop early (the SSE response closed) aborts the upstream request too', async () => {
    fake.reply({ task: 'rewrite', reply: { content: longDraft, chunkSize: 2, chunkDelayMs: 20 } })
    for await (const event of streamAssistTask(args({ task: 'rewrite', input: { text: article, platform: 'toutiao' } }))) {
      if (event.type === 'delta') break
    }
    const [request] = await fake.waitFor({ until: (all) => all[0]?.outcome === 'disconnected' })
    assert.equal(request.task, 'rewrite')
  })

  test('a signal aborted before the start sends nothing', async () => {
    const controller = new AbortController()
    controller.abort()
    const events = await collect(streamAssistTask(args({ signal: controller.signal })))
    assert.deepEqual(events, [{ type: 'error', code: 'aborted', message: '已取消，没有生成内容。' }])
    assert.equal(fake.requests().length, 0)
  })

  test('JSON tasks answer with one done event', async () => {
    const events = await collect(streamAssistTask(args({ task: 'titles', input: { text: article } })))
    assert.deepEqual(
      events.map((event) => event.type),
      ['done'],
    )
    assert.equal(fake.requests()[0].stream, false)
  })

  test('failures arrive as one error event with a Chinese message', async () => {
    const events = await collect(streamAssistTask(args({ config: fakeConfig({ fake, overrides: { apiKey: 'sk-wrong' } }) })))
    assert.equal(events.length, 1)
    assert.ok(events[0].type === 'error')
    assert.equal(events[0].code, 'upstream-auth')
    const invalid = await collect(streamAssistTask(args({ input: {} })))
    assert.deepEqual(invalid, [{ type: 'error', code: 'invalid-input', message: '写初稿需要活动简报（brief）或写作要求（instruction）。' }])
  })

  test('a streamed answer that is empty is repaired with a second, whole request', async () => {
    fake.reply([
      { task: 'weibo', reply: { content: '' } },
      { task: 'weibo', reply: { content: '会员日市集周六开张！#会员日# [原文链接]' } },
    ])
    const events = await collect(streamAssistTask(args({ task: 'weibo', input: { text: article } })))
    const done = events.at(-1)
    assert.ok(done?.type === 'done')
    assert.equal(done.result.suggestions[0].text, '会员日市集周六开张！#会员日# [原文链接]')
    assert.deepEqual(
      fake.requests().map((request) => request.stream),
      [true, false],
    )
  })
})
