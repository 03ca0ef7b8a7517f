import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Campaign, CampaignTemplate } from '../../payload-types'
import { budgetByCategory } from '../budgetByCategory'
import { campaignDays } from './campaignDays'
import { campaignFromTemplate } from './campaignFromTemplate'
import { deliverableStatus } from '../deliverableStatus'
import { templateFromCampaign } from './templateFromCampaign'
import type { RetroSnapshot } from './retroSnapshot'

const ZONE = 'Asia/Shanghai'

describe('campaignDays', () => {
  it('counts both ends in the team zone: 11-01 00:00 to 11-11 23:59 Beijing is 11 days', () => {
    assert.deepEqual(campaignDays({ startsAt: '2026-10-31T16:00:00.000Z', endsAt: '2026-11-11T15:59:00.000Z', timeZone: ZONE }), {
      startDay: '2026-11-01',
      endDay: '2026-11-11',
      durationDays: 11,
    })
  })
  it('is null without an end', () => {
    assert.equal(campaignDays({ startsAt: '2026-10-31T16:00:00.000Z', endsAt: null, timeZone: ZONE }), null)
  })
})

describe('budgetByCategory', () => {
  it('sums planned and spent per category in the labels’ order; a line without spend counts 0', () => {
    const summary = budgetByCategory([
      { category: 'ads', planned: 3000, spent: 2800 },
      { category: 'production', planned: 5000, spent: 5200 },
      { category: 'ads', planned: 2000, spent: null },
    ])
    assert.deepEqual(summary.rows, [
      { category: 'production', label: '制作', planned: 5000, spent: 5200 },
      { category: 'ads', label: '投流', planned: 5000, spent: 2800 },
    ])
    assert.deepEqual(summary.total, { planned: 10000, spent: 8000 })
  })
})

describe('deliverableStatus', () => {
  const today = '2026-11-20'
  const cases = [
    { dueDay: '2026-11-01', itemState: 'published', expected: 'done' },
    { dueDay: '2026-11-01', itemState: 'approved', expected: 'done' },
    { dueDay: '2026-11-01', itemState: 'in_review', expected: 'late' },
    { dueDay: '2026-11-01', itemState: null, expected: 'late' },
    { dueDay: '2026-11-20', itemState: null, expected: 'open' },
    { dueDay: '2026-11-21', itemState: 'in_review', expected: 'open' },
    { dueDay: null, itemState: 'draft', expected: 'open' },
  ] as const
  for (const row of cases)
    it(`due ${row.dueDay}, item ${row.itemState} → ${row.expected}`, () => {
      assert.equal(deliverableStatus({ dueDay: row.dueDay, itemState: row.itemState, today }), row.expected)
    })
})

describe('a campaign saved as a case and planned again from it', () => {
  const campaign: Campaign = {
    id: 7,
    name: '双11 会员日',
    goal: '拉新 2000',
    brief: '满减 + 抽奖',
    startsAt: '2026-10-31T16:00:00.000Z',
    endsAt: '2026-11-11T15:59:00.000Z',
    channels: ['wechat', 'weibo'],
    kpis: [{ metric: 'readers', comparison: 'atLeast', target: 1000, period: 'campaign', account: 3 }],
    budgetLines: [{ category: 'ads', channel: 'weibo', label: '粉丝通', planned: 3000, spent: 2500, approval: 'approved' }],
    deliverables: [
      { title: '预热海报', dueDate: '2026-10-28T04:00:00.000Z' },
      { title: '复盘报告', dueDate: '2026-11-13T04:00:00.000Z' },
      { title: '倒计时', dueDate: null },
    ],
    retro: { whatWorked: '抽奖带动转发', lessons: '投流晚了两天' },
    updatedAt: '',
    createdAt: '',
  }
  const results = { savedAt: '2026-11-20T00:00:00.000Z' } as RetroSnapshot
  const saved = templateFromCampaign({ campaign, results, timeZone: ZONE })

  it('keeps the plan, the notes and the checklist as days from the start (before the start is negative)', () => {
    assert.equal(saved.name, '双11 会员日 案例')
    assert.equal(saved.durationDays, 11)
    assert.deepEqual(saved.kpis, [
      { metric: 'readers', comparison: 'atLeast', target: 1000, period: 'campaign', platform: null, account: 3 },
    ])
    assert.deepEqual(saved.budgetLines, [{ category: 'ads', channel: 'weibo', label: '粉丝通', planned: 3000 }])
    assert.deepEqual(
      saved.deliverables?.map((row) => [row.title, row.dueOffsetDays]),
      [
        ['预热海报', -4],
        ['复盘报告', 12],
        ['倒计时', null],
      ],
    )
    assert.deepEqual([saved.whatWorked, saved.lessons, saved.results], ['抽奖带动转发', '投流晚了两天', results])
  })

  it('plans a new run of as many days, nothing spent, each row due as many days after the new start', () => {
    const template = { ...saved, id: 9, createdAt: '', updatedAt: '' } as CampaignTemplate
    const next = campaignFromTemplate({ template, name: '双12', startsAt: new Date('2026-11-30T16:00:00.000Z'), owner: 5, timeZone: ZONE })
    assert.equal(next.endsAt, '2026-12-11T15:59:00.000Z')
    assert.deepEqual(next.budgetLines, [{ category: 'ads', channel: 'weibo', label: '粉丝通', planned: 3000, spent: 0 }])
    assert.deepEqual(
      next.deliverables?.map((row) => [row.title, row.dueDate]),
      [
        ['预热海报', '2026-11-27T04:00:00.000Z'],
        ['复盘报告', '2026-12-13T04:00:00.000Z'],
        ['倒计时', null],
      ],
    )
    assert.equal(next.owner, 5)
  })
})
