import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { douyinGrantState, renewalDue } from './oauthPolicy'

const DAY = 86_400_000
const now = Date.parse('2026-12-04T12:00:00Z')

describe('douyin refresh-token renewal', () => {
  test('renewed when under 15 days are left and renewals remain; never with 5 used or no known expiry', () => {
    assert.equal(renewalDue({ refreshExpiresAt: now + 14 * DAY, renewals: 0, now }), true)
    assert.equal(renewalDue({ refreshExpiresAt: now + 16 * DAY, renewals: 0, now }), false)
    assert.equal(renewalDue({ refreshExpiresAt: now + DAY, renewals: 5, now }), false)
    assert.equal(renewalDue({ refreshExpiresAt: undefined, renewals: 0, now }), false)
  })

  test('a re-connect is due when the last refresh token ends soon, or any has ended', () => {
    const live = douyinGrantState({ credentials: { refreshToken: 'r', refreshExpiresAt: now + 20 * DAY, refreshRenewals: 2 }, now })
    assert.equal(live.reconnectDue, false)
    assert.equal(live.renewalsLeft, 3)
    assert.equal(live.message, '授权有效，发布时自动刷新；refresh_token 还可续期 3 次')
    const last = douyinGrantState({ credentials: { refreshToken: 'r', refreshExpiresAt: now + 5 * DAY + 1, refreshRenewals: 5 }, now })
    assert.equal(last.reconnectDue, true)
    assert.equal(last.message, 'refresh_token 已续期 5 次（平台上限），5 天后必须重新连接账号')
    const ended = douyinGrantState({ credentials: { refreshToken: 'r', refreshExpiresAt: now - 1 }, now })
    assert.deepEqual([ended.state, ended.reconnectDue, ended.message], ['expired', true, '抖音授权已过期，请重新连接账号'])
    const renewable = douyinGrantState({ credentials: { refreshToken: 'r', refreshExpiresAt: now + 2 * DAY }, now })
    assert.equal(renewable.reconnectDue, false, 'renewals left: the next refresh renews it')
  })
})
