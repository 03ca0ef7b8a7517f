import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { startOpenAiFake } from '../tests/fakes/openai'
import type { OpenAiFake } from '../tests/fakes/openai'
import { AssistError } from './assistError'
import { runAssistTask } from './runAssistTask'
import { FAKE_KEY, fakeConfig } from './testing/fakeConfig'
import { complianceScan } from './testing/wordListScan'
import type { AssistConfig } from './types'

let fake: OpenAiFake
const input = { text: '本周六上午十点，会员日市集在园区中庭开放。' }
const digest = (overrides?: Partial<AssistConfig>) =>
  runAssistTask({ task: 'digest', input, config: fakeConfig({ fake, overrides }), scan: complianceScan })

async function failureOf(promise: Promise<unknown>): Promise<AssistError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  assert.ok(error instanceof AssistError, `expected an AssistError, got ${String(error)}`)
  return error
}

describe('retries, timeouts and upstream errors', () => {
  before(async () => {
    fake = await startOpenAiFake({ apiKey: FAKE_KEY })
  })
  after(() => fake.close())
  beforeEach(() => fake.reset())

  test('429 is retried after the wait retry-after asks for, then succeeds', async () => {
    fake.fail({ kind: 'status', status: 429, retryAfter: '1.2' })
    const result = await digest()
    assert.equal(result.suggestions.length, 1)
    const [limited, retried] = fake.requests()
    assert.deepEqual([limited.status, retried.status], [429, 200])
    const waited = retried.receivedAt - limited.receivedAt
    assert.ok(waited >= 1_150, `waited ${waited} ms; the SDK's own first backoff is at most 500 ms`)
    assert.equal(retried.headers['x-stainless-retry-count'], '1')
  })

  test('500 and 503 are retried with backoff, then succeed', async () => {
    fake.fail([
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503 },
    ])
    const result = await digest()
    assert.equal(result.suggestions.length, 1)
    assert.deepEqual(
      fake.requests().map((request) => request.status),
      [500, 503, 200],
    )
  })

  test('when the retries run out the failure is an AssistError that says to try later', async () => {
    fake.fail({ kind: 'status', status: 503, times: 2, retryAfter: '0.01' })
    const error = await failureOf(digest({ maxRetries: 1 }))
    assert.equal(error.code, 'upstream-unavailable')
    assert.equal(error.httpStatus, 502)
    assert.match(error.message, /暂时不可用（503）.*请稍后再试/)
    assert.equal(fake.requests().length, 2)
  })

  test('429 after every retry is rate-limited, not a crash', async () => {
    fake.fail({ kind: 'status', status: 429, times: 3, retryAfter: '0.01' })
    const error = await failureOf(digest())
    assert.equal(error.code, 'upstream-rate-limited')
    assert.equal(fake.requests().length, 3)
  })

  test('a wrong key is not retried and says which setting to check', async () => {
    const error = await failureOf(digest({ apiKey: 'sk-wrong' }))
    assert.equal(error.code, 'upstream-auth')
    assert.match(error.message, /OPENAI_API_KEY/)
    assert.equal(fake.requests().length, 1)
  })

  test('a model the provider does not know is reported with its message', async () => {
    const picky = await startOpenAiFake({ apiKey: FAKE_KEY, models: ['deepseek-chat'] })
    try {
      const error = await failureOf(runAssistTask({ task: 'digest', input, config: fakeConfig({ fake: picky }), scan: complianceScan }))
      assert.equal(error.code, 'upstream-bad-request')
      assert.match(error.message, /does not exist.*AI_MODEL/)
    } finally {
      await picky.close()
    }
  })

  test('a reply slower than timeoutMs is abandoned (the fake sees the hang-up) and retried', async () => {
    fake.fail({ kind: 'delay', ms: 1_500, times: 2 })
    const error = await failureOf(digest({ timeoutMs: 200, maxRetries: 1 }))
    assert.equal(error.code, 'upstream-timeout')
    const requests = await fake.waitFor({ until: (all) => all.length === 2 && all.every((request) => request.outcome === 'disconnected') })
    assert.ok(requests.every((request) => request.disconnectedAt !== null))
  })

  test('a body that is not JSON is an invalid response, not a suggestion', async () => {
    fake.fail({ kind: 'malformed-body' })
    const error = await failureOf(digest({ maxRetries: 0 }))
    assert.equal(error.code, 'upstream-invalid-response')
  })

  test('an unreachable base URL says to check OPENAI_BASE_URL', async () => {
    const error = await failureOf(digest({ baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 }))
    assert.equal(error.code, 'upstream-unreachable')
    assert.match(error.message, /OPENAI_BASE_URL/)
  })
})
