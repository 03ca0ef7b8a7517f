import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake } from './openai'
import type { OpenAiFake } from './openai'

/** The fake's protocol, checked with plain fetch (no SDK), so that it cannot drift from what OpenAI sends. */
let fake: OpenAiFake

const post = (body: unknown, headers: Record<string, string> = { authorization: 'Bearer sk-test' }): Promise<Response> =>
  fetch(`${fake.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const messages = [{ role: 'user', content: '你好' }]

describe('OpenAI fake', () => {
  before(async () => {
    fake = await startOpenAiFake({ apiKey: 'sk-test', models: ['fake-model'] })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('answers a chat completion with the real shape and records the request', async () => {
    fake.reply({ contains: '你好', reply: { content: '你好呀', usage: { promptTokens: 7, completionTokens: 3 } } })
    const response = await post({ model: 'fake-model', messages })
    assert.equal(response.status, 200)
    const body = (await response.json()) as Record<string, unknown>
    assert.equal(body.object, 'chat.completion')
    assert.deepEqual(body.choices, [
      { index: 0, message: { role: 'assistant', content: '你好呀', refusal: null }, logprobs: null, finish_reason: 'stop' },
    ])
    assert.deepEqual(body.usage, { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 })
    const [request] = fake.requests()
    assert.equal(request.model, 'fake-model')
    assert.equal(request.authorization, 'Bearer sk-test')
    assert.deepEqual(request.messages, [{ role: 'user', content: '你好' }])
    assert.equal(request.outcome, 'completed')
  })

  test('streams SSE chunks ending in [DONE], with usage last only when include_usage is asked', async () => {
    fake.reply({ reply: { content: '会员日来了', chunkSize: 2 }, times: 'always' })
    for (const includeUsage of [true, false]) {
      const response = await post({ model: 'fake-model', messages, stream: true, stream_options: { include_usage: includeUsage } })
      assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/)
      const events = (await response.text()).split('\n\n').filter(Boolean)
      assert.equal(events.at(-1), 'data: [DONE]')
      const chunks = events
        .slice(0, -1)
        .map((event) => JSON.parse(event.replace(/^data: /, '')) as { choices: { delta: { content?: string } }[]; usage?: unknown })
      assert.equal(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join(''), '会员日来了')
      if (includeUsage) {
        assert.deepEqual(chunks.at(-1)?.choices, [])
        assert.ok(chunks.at(-1)?.usage)
        assert.ok(chunks.slice(0, -1).every((chunk) => chunk.usage === null))
      } else {
        assert.ok(chunks.every((chunk) => !('usage' in chunk)))
      }
    }
  })

  test('answers OpenAI error envelopes: 401 without the key, 404 for an unknown model, injected 429 with retry-after', async () => {
    const unauthorised = await post({ model: 'fake-model', messages }, {})
    assert.equal(unauthorised.status, 401)
    const wrongKey = await post({ model: 'fake-model', messages }, { authorization: 'Bearer sk-wrong' })
    assert.equal(((await wrongKey.json()) as { error: { code: string } }).error.code, 'invalid_api_key')
    const unknown = await post({ model: 'gpt-unknown', messages })
    assert.equal(unknown.status, 404)
    assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'model_not_found')
    fake.fail({ kind: 'status', status: 429, retryAfter: '2' })
    const limited = await post({ model: 'fake-model', messages })
    assert.equal(limited.status, 429)
    assert.equal(limited.headers.get('retry-after'), '2')
    assert.deepEqual(await limited.json(), {
      error: {
        message: 'Rate limit reached for requests. Please try again later.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    })
    assert.equal((await post({ model: 'fake-model', messages })).status, 200, 'the fault was used up')
    assert.equal((await post({ model: 'fake-model', messages: [] })).status, 400)
  })

  test('has a test API over HTTP for other processes', async () => {
    const origin = fake.baseUrl.replace(/\/v1$/, '')
    await fetch(`${origin}/__replies`, { method: 'POST', body: JSON.stringify({ task: 'digest', reply: { content: '摘要。' } }) })
    const response = await post({ model: 'fake-model', messages })
    assert.equal(
      ((await response.json()) as { choices: { message: { content: string } }[] }).choices[0].message.content,
      '这是本地模拟的 AI 回复。',
    )
    const scripted = await fetch(`${fake.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'x-assist-task': 'digest' },
      body: JSON.stringify({ model: 'fake-model', messages }),
    })
    assert.equal(((await scripted.json()) as { choices: { message: { content: string } }[] }).choices[0].message.content, '摘要。')
    const recorded = (await (await fetch(`${origin}/__requests`)).json()) as { requests: { task: string | null }[] }
    assert.deepEqual(
      recorded.requests.map((request) => request.task),
      [null, 'digest'],
    )
  })
})
