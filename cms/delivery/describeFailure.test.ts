import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ContentRejectedError, OutcomeUnknownError, QuotaExceededError, RateLimitedError, ReauthRequiredError, TransientError } from '../../publishers'
import { describeFailure } from './describeFailure'

test('each class of publisher error becomes a delivery state with a next step', () => {
  const rows: [unknown, string, boolean, RegExp][] = [
    [new ReauthRequiredError({ platform: 'weibo', message: 'token expired' }), 'needs_reauth', false, /重新/],
    [new OutcomeUnknownError({ platform: 'wechat', message: 'timeout after submit', step: 'submit' }), 'unconfirmed', false, /核对/],
    [new TransientError({ platform: 'wechat', message: '503' }), 'failed', true, /安全重试/],
    [new RateLimitedError({ platform: 'weibo', message: 'slow down', retryAfterMs: 1000 }), 'failed', true, /限流/],
    [new QuotaExceededError({ platform: 'wechat', message: '45009' }), 'failed', false, /额度/],
    [new ContentRejectedError({ platform: 'wechat', message: '标题过长', reason: '标题过长' }), 'failed', false, /修改/],
    [new Error('boom'), 'failed', false, /管理员/],
  ]
  for (const [error, state, retryable, action] of rows) {
    const { state: got, lastError } = describeFailure(error)
    assert.equal(got, state, String(error))
    assert.equal(lastError.retryable, retryable)
    assert.match(lastError.action, action)
  }
})
