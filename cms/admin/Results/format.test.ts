import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatCount, formatRate, formatSigned, formatTeamTime } from './format'

describe('results formatting', () => {
  it('shows unreported numbers as a dash, never 0', () => {
    assert.equal(formatCount(null), '—')
    assert.equal(formatCount(0), '0')
    assert.equal(formatCount(12345), '12,345')
    assert.equal(formatRate(null), '—')
    assert.equal(formatRate(0.0423), '4.2%')
    assert.equal(formatSigned(150), '+150')
    assert.equal(formatSigned(-3), '-3')
    assert.equal(formatSigned(null), '—')
  })

  it('shows times in the team zone', () => {
    assert.equal(formatTeamTime('2026-12-01T12:30:00.000Z', 'Asia/Shanghai'), '2026-12-01 20:30')
  })
})
