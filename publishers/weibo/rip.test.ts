import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ConfigError, ContentRejectedError } from '../core/errors'
import { assertNoBlockingIssues } from '../core/issues'
import type { PublishRequest } from '../core/types'
import type { WeiboSettings } from './accountSchemas'
import { weiboRip } from './rip'
import { validateWeiboRequest } from './validate'

const request = (overrides: Partial<PublishRequest<WeiboSettings>> = {}): PublishRequest<WeiboSettings> => ({
  deliveryId: 'd1',
  contentKind: 'article',
  title: '618 会员日',
  body: '618 会员日新人福利上线',
  images: [],
  publicUrl: 'https://brand.example.com/p/618',
  settings: {},
  ...overrides,
})

describe('weibo rip', () => {
  test('the actor’s IPv4 first, then the account’s setting; an IPv6 actor falls back to the setting', () => {
    assert.equal(weiboRip({ actorIp: '36.110.12.34', settings: { rip: '58.1.1.1' } }), '36.110.12.34')
    assert.equal(weiboRip({ settings: { rip: '58.1.1.1' } }), '58.1.1.1')
    assert.equal(weiboRip({ actorIp: '2400:3200::1', settings: { rip: '58.1.1.1' } }), '58.1.1.1')
    assert.equal(weiboRip({ actorIp: '2400:3200::1', settings: {} }), undefined)
    assert.equal(weiboRip({ settings: {} }), undefined)
  })

  test('no rip at all is an account problem that says what to fill in, not a content problem', () => {
    const issues = validateWeiboRequest({ request: request() })
    assert.equal(issues.length, 1)
    const [issue] = issues
    assert.equal(issue?.fixAt, 'account')
    assert.equal(issue?.field, 'settings')
    assert.equal(issue?.severity, 'error')
    assert.match(issue?.message ?? '', /公网 IP/)
    assert.match(issue?.message ?? '', /「发布设置」里填写 rip/)
    assert.deepEqual(validateWeiboRequest({ request: request({ actorIp: '36.110.12.34' }) }), [])
    assert.deepEqual(validateWeiboRequest({ request: request({ settings: { rip: '58.1.1.1' } }) }), [])
  })

  test('publish() refuses it as a ConfigError (an account problem); a content issue stays a ContentRejectedError', () => {
    const accountOnly = validateWeiboRequest({ request: request() })
    assert.throws(
      () => assertNoBlockingIssues({ issues: accountOnly, platform: 'weibo' }),
      (error: unknown) => error instanceof ConfigError && error.fixAt === 'account' && /公网 IP/.test(error.message),
    )
    const both = validateWeiboRequest({ request: request({ body: '' }) })
    assert.throws(
      () => assertNoBlockingIssues({ issues: both, platform: 'weibo' }),
      (error: unknown) => error instanceof ContentRejectedError && error.fixAt === 'content',
    )
  })
})
