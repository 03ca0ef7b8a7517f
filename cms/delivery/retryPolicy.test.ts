import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  QuotaExceededError,
  RateLimitedError,
  TransientError,
} from '../../publishers'
import { MAX_ATTEMPTS, retryDecision } from './retryPolicy'

const transient = new TransientError({ platform: 'wechat', message: '503' })

test('transient errors back off exponentially with jitter, up to the attempt limit', () => {
  const low = [1, 2, 3, 4].map((attempts) => retryDecision({ error: transient, attempts, random: () => 0 }))
  const high = [1, 2, 3, 4].map((attempts) => retryDecision({ error: transient, attempts, random: () => 1 }))
  assert.deepEqual(
    low.map((d) => (d.retry ? d.afterMs : -1)),
    [1000, 2000, 4000, 8000],
  )
  assert.deepEqual(
    high.map((d) => (d.retry ? d.afterMs : -1)),
    [2000, 4000, 8000, 16000],
  )
  assert.ok(low.every((d) => d.retry && d.spendsAttempt))
  assert.deepEqual(retryDecision({ error: transient, attempts: MAX_ATTEMPTS }), { retry: false })
})

test('a platform asking to wait longer is obeyed', () => {
  const busy = new TransientError({ platform: 'wechat', message: '-1', retryAfterMs: 30_000 })
  const decision = retryDecision({ error: busy, attempts: 1, random: () => 0 })
  assert.ok(decision.retry && decision.afterMs === 30_000)
})

test('rate limits wait as asked and spend no attempt, even after many attempts', () => {
  const limited = new RateLimitedError({ platform: 'weibo', message: 'slow down', retryAfterMs: 60_000 })
  assert.deepEqual(retryDecision({ error: limited, attempts: 99 }), { retry: true, afterMs: 60_000, spendsAttempt: false })
})

test('quota, permission, content and unknown outcomes are never retried automatically', () => {
  for (const error of [
    new QuotaExceededError({ platform: 'wechat', message: '45009', retryAfterMs: 1000 }),
    new PermissionError({ platform: 'wechat', message: '48001' }),
    new ContentRejectedError({ platform: 'wechat', message: '标题过长', reason: '标题过长' }),
    new OutcomeUnknownError({ platform: 'wechat', message: 'timeout', step: 'submit' }),
    new Error('bug'),
  ]) {
    assert.deepEqual(retryDecision({ error, attempts: 1 }), { retry: false }, String(error))
  }
})
