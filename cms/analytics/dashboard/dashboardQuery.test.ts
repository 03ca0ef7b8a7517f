import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { dashboardQuerySchema, presentParams, queryProblem, resolveFilters } from './dashboardQuery'

const timeZone = 'Asia/Shanghai'
// 2026-12-04 01:30 in Beijing is still 12-03 in UTC: the default range follows the team's day.
const now = new Date('2026-12-03T17:30:00Z')

describe('dashboard query', () => {
  it('defaults to the 30 days up to yesterday in the team zone', () => {
    const result = resolveFilters({ query: {}, now, timeZone })
    assert.deepEqual(result, {
      ok: true,
      filters: { from: '2026-11-04', to: '2026-12-03', platform: null, account: null, campaign: null },
    })
  })

  it('fills the other end from the one given', () => {
    const onlyFrom = resolveFilters({ query: { from: '2026-10-01' }, now, timeZone })
    assert.ok(onlyFrom.ok && onlyFrom.filters.to === '2026-12-03')
    const onlyTo = resolveFilters({ query: { to: '2026-10-30' }, now, timeZone })
    assert.ok(onlyTo.ok && onlyTo.filters.from === '2026-10-01')
  })

  it('refuses an upside-down or over-long range in Chinese', () => {
    const upsideDown = resolveFilters({ query: { from: '2026-12-02', to: '2026-12-01' }, now, timeZone })
    assert.deepEqual(upsideDown, { ok: false, message: '开始日期 2026-12-02 晚于结束日期 2026-12-01，请调换一下' })
    const long = resolveFilters({ query: { from: '2024-01-01', to: '2026-12-01' }, now, timeZone })
    assert.equal(long.ok, false)
    const year = resolveFilters({ query: { from: '2025-12-03', to: '2026-12-03' }, now, timeZone })
    assert.equal(year.ok, true)
  })

  it('reads the query string: empty values are absent, wrong values say what to write', () => {
    assert.deepEqual(presentParams(new URLSearchParams('platform=&from=2026-11-01')), { from: '2026-11-01' })
    const badDate = dashboardQuerySchema.safeParse({ from: '2026-02-30' })
    assert.equal(badDate.success ? '' : badDate.error.issues[0]?.message, '开始日期不是一个真实的日期，请检查月份和日子')
    const badFormat = dashboardQuerySchema.safeParse({ to: '12/01' })
    assert.equal(badFormat.success ? '' : badFormat.error.issues[0]?.message, '结束日期请写成 YYYY-MM-DD，例如 2026-12-01')
    const badPlatform = dashboardQuerySchema.safeParse({ platform: 'myspace' })
    assert.equal(badPlatform.success ? '' : badPlatform.error.issues[0]?.message, '平台只能是公众号、微博或头条号')
    assert.equal(dashboardQuerySchema.safeParse({ account: "1' or 1=1" }).success, false)
    const stray = dashboardQuerySchema.safeParse({ limit: '5' })
    assert.equal(
      stray.success ? '' : queryProblem(stray.error.issues),
      '无法识别的查询参数：limit。可用的参数有 from、to、platform、account、campaign',
    )
  })
})
