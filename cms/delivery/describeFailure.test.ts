import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  ConfigError,
  ContentRejectedError,
  OutcomeUnknownError,
  PermissionError,
  PlatformError,
  QuotaExceededError,
  RateLimitedError,
  ReauthRequiredError,
  TransientError,
} from '../../publishers'
import { describeFailure, refusalOf, refusedBeforeSending } from './describeFailure'

const ACCOUNT = { id: 7, name: '品牌微博' }
const ACCOUNT_LINK = '/admin/collections/platform-accounts/7'

describe('describeFailure', () => {
  test('each class of publisher error becomes a delivery state, a place to fix it and a next step written for that place', () => {
    const rows: [unknown, string, boolean, string, RegExp][] = [
      [new ReauthRequiredError({ platform: 'weibo', message: 'token expired' }), 'needs_reauth', false, 'account', /重新授权/],
      [new ConfigError({ platform: 'wechat', message: 'IP 不在白名单' }), 'failed', false, 'account', /测试连接/],
      [new PermissionError({ platform: 'wechat', message: '未认证' }), 'failed', false, 'account', /手动发布/],
      [
        new OutcomeUnknownError({ platform: 'wechat', message: 'timeout after submit', step: 'submit' }),
        'unconfirmed',
        false,
        'platform',
        /核对/,
      ],
      [new TransientError({ platform: 'wechat', message: '503' }), 'failed', true, 'platform', /安全重试/],
      [new RateLimitedError({ platform: 'weibo', message: 'slow down', retryAfterMs: 1000 }), 'failed', true, 'platform', /限流/],
      [new QuotaExceededError({ platform: 'wechat', message: '45009' }), 'failed', false, 'platform', /额度/],
      [new PlatformError({ platform: 'weibo', message: '未登记的错误' }), 'failed', false, 'platform', /联系平台/],
      [
        new ContentRejectedError({ platform: 'wechat', message: '标题过长', reason: '标题过长' }),
        'failed',
        false,
        'content',
        /修改内容后重新提交审核/,
      ],
      [new Error('boom'), 'failed', false, 'system', /管理员/],
    ]
    for (const [error, state, retryable, fixAt, action] of rows) {
      const { state: got, lastError } = describeFailure(error, { account: ACCOUNT })
      assert.equal(got, state, String(error))
      assert.equal(lastError.retryable, retryable, String(error))
      assert.equal(lastError.fixAt, fixAt, String(error))
      assert.match(lastError.action, action, String(error))
      assert.equal(
        lastError.action.includes(ACCOUNT_LINK),
        fixAt === 'account',
        `only an account problem links the account: ${String(error)}`,
      )
      assert.equal(lastError.action.includes('修改内容'), fixAt === 'content', `only a content problem asks for an edit: ${String(error)}`)
    }
  })

  test('an account problem names the account in the message and sends the operator to it, then to retry', () => {
    const { lastError } = describeFailure(
      new ReauthRequiredError({ platform: 'weibo', message: '微博授权已失效（21327）', code: '21327' }),
      {
        account: ACCOUNT,
      },
    )
    assert.deepEqual(
      { kind: lastError.kind, code: lastError.code, message: lastError.message },
      { kind: 'reauth_required', code: '21327', message: '平台账号「品牌微博」：微博授权已失效（21327）' },
    )
    assert.equal(
      lastError.action,
      `账号需要重新授权。到「平台账号」修复「品牌微博」（${ACCOUNT_LINK}）：点「重新连接」重新授权，然后点重试。`,
    )
    const unnamed = describeFailure(new ConfigError({ message: 'AppSecret 错误' })).lastError
    assert.equal(unnamed.message, 'AppSecret 错误')
    assert.match(unnamed.action, /到「平台账号」修复这个账号：.*然后点重试/)
  })
})

describe('refusals before sending', () => {
  test('the kind follows the place of the fix: only a content refusal is final for the revision', () => {
    const at = new Date('2026-06-18T12:00:00Z')
    assert.deepEqual(refusedBeforeSending({ message: '定稿内容含有禁用词「稳赚」', fixAt: 'content', now: at }), {
      state: 'failed',
      lastError: {
        kind: 'refused',
        code: null,
        message: '定稿内容含有禁用词「稳赚」',
        action: '按提示修改内容后重新提交审核，审核通过后再发布。',
        retryable: false,
        fixAt: 'content',
        at: at.toISOString(),
      },
    })
    const account = refusedBeforeSending({ message: '缺少 rip', fixAt: 'account', account: ACCOUNT }).lastError
    assert.equal(account.kind, 'config', 'not "refused": the retry endpoint and the dashboard offer 重试 once the account is fixed')
    assert.equal(account.message, '平台账号「品牌微博」：缺少 rip')
    assert.equal(account.action, `到「平台账号」修复「品牌微博」（${ACCOUNT_LINK}）：按提示补全账号设置，然后点重试。`)
    const system = refusedBeforeSending({ message: '已自动尝试 10 次仍未完成', fixAt: 'system' }).lastError
    assert.deepEqual([system.kind, system.fixAt], ['internal', 'system'])
    assert.match(system.action, /管理员/)
    assert.match(refusedBeforeSending({ message: 'x', fixAt: 'platform' }).lastError.action, /稍后点重试/)
  })

  test('issues: none blocking is no refusal; an account issue alone is an account refusal', () => {
    assert.equal(refusalOf({ problems: [{ message: '建议上传封面', severity: 'warning' }] }), null)
    const refusal = refusalOf({
      problems: [
        { message: '微博接口只能带 1 张图片', severity: 'warning' },
        { message: '微博要求每条微博带上发布人的公网 IP（rip）', severity: 'error', fixAt: 'account' },
      ],
      account: ACCOUNT,
    })
    assert.equal(refusal?.lastError.fixAt, 'account')
    assert.equal(refusal?.lastError.kind, 'config')
    assert.equal(refusal?.lastError.message, '平台账号「品牌微博」：微博要求每条微博带上发布人的公网 IP（rip）')
    assert.ok(!refusal?.lastError.action.includes('修改内容'), 'the content is not blamed')
  })

  test('issues: content and account together are a content refusal whose next step names both fixes', () => {
    const refusal = refusalOf({
      problems: [
        { message: '缺少 rip', severity: 'error', fixAt: 'account' },
        { message: '标题不能为空', severity: 'error' },
      ],
      account: ACCOUNT,
    })
    assert.equal(refusal?.lastError.fixAt, 'content')
    assert.equal(refusal?.lastError.kind, 'refused')
    assert.equal(refusal?.lastError.message, '缺少 rip；标题不能为空')
    assert.equal(
      refusal?.lastError.action,
      `按提示修改内容后重新提交审核，审核通过后再发布。另外：到「平台账号」修复「品牌微博」（${ACCOUNT_LINK}）：按提示补全账号设置，然后点重试。`,
    )
  })
})
