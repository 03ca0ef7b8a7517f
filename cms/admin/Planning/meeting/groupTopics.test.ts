import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countByPillar, countByState, groupTopics, weekTopics } from './groupTopics'
import type { MeetingTopic } from './meetingTopic'
import { meetingWeek } from './meetingWeek'

const ZONE = 'Asia/Shanghai'
// The week of Monday 2026-11-30 in Beijing: 2026-11-29T16:00Z .. 2026-12-06T16:00Z.
const WEEK = meetingWeek({ asked: '2026-11-30', now: new Date('2026-12-01T00:00:00Z'), timeZone: ZONE })

let next = 0
const topic = (fields: Partial<MeetingTopic>): MeetingTopic => ({
  id: ++next,
  title: `选题${next}`,
  pillar: null,
  source: null,
  ownerName: '',
  accountNames: [],
  dueDate: null,
  state: 'idea',
  ...fields,
})

test('topics fall under their due day in the team zone, every day of the week present, earliest first', () => {
  const mondayEarly = topic({ title: '周一早', dueDate: '2026-11-29T16:00:00.000Z' }) // Monday 00:00 Beijing
  const mondayLate = topic({ title: '周一晚', dueDate: '2026-11-30T12:00:00.000Z' }) // Monday 20:00
  const sundayNight = topic({ title: '周日深夜', dueDate: '2026-12-06T15:59:00.000Z' }) // Sunday 23:59
  const tuesday = topic({ title: '周二', dueDate: '2026-12-01T02:00:00.000Z', state: 'approved' })
  const groups = groupTopics({ topics: [sundayNight, tuesday, mondayLate, mondayEarly], week: WEEK, timeZone: ZONE })
  assert.deepEqual(
    groups.days.map((slot) => [slot.day, slot.topics.map((item) => item.title)]),
    [
      ['2026-11-30', ['周一早', '周一晚']],
      ['2026-12-01', ['周二']],
      ['2026-12-02', []],
      ['2026-12-03', []],
      ['2026-12-04', []],
      ['2026-12-05', []],
      ['2026-12-06', ['周日深夜']],
    ],
  )
  assert.deepEqual(
    weekTopics(groups).map((item) => item.title),
    ['周一早', '周一晚', '周二', '周日深夜'],
  )
})

test('topics due outside the week are left out; only undated ideas go to 未定时间', () => {
  const before = topic({ title: '上周日', dueDate: '2026-11-29T15:59:00.000Z' }) // Sunday 23:59 of last week in Beijing
  const after = topic({ title: '下周一', dueDate: '2026-12-06T16:00:00.000Z' })
  const undatedIdea = topic({ title: '没定时间的想法' })
  const undatedApproved = topic({ title: '没定时间但已通过', state: 'approved' })
  const groups = groupTopics({ topics: [before, after, undatedIdea, undatedApproved], week: WEEK, timeZone: ZONE })
  assert.equal(weekTopics(groups).length, 0)
  assert.deepEqual(
    groups.undated.map((item) => item.title),
    ['没定时间的想法'],
  )
})

test('state counts name every state, zero included', () => {
  const counts = countByState([topic({ state: 'idea' }), topic({ state: 'idea' }), topic({ state: 'done' })])
  assert.deepEqual(counts, { idea: 2, approved: 0, in_production: 0, done: 1 })
})

test('pillar counts: settings order with zeros, then pillars no longer listed, then those with none', () => {
  const topics = [
    topic({ pillar: '案例' }),
    topic({ pillar: '案例' }),
    topic({ pillar: '旧栏目' }),
    topic({ pillar: '' }),
    topic({ pillar: null }),
    topic({ pillar: '权益科普' }),
  ]
  assert.deepEqual(countByPillar({ topics, pillars: ['权益科普', '案例', '政策解读'] }), [
    { pillar: '权益科普', count: 1 },
    { pillar: '案例', count: 2 },
    { pillar: '政策解读', count: 0 },
    { pillar: '旧栏目', count: 1 },
    { pillar: null, count: 2 },
  ])
  assert.deepEqual(countByPillar({ topics: [], pillars: ['案例'] }), [{ pillar: '案例', count: 0 }])
})
