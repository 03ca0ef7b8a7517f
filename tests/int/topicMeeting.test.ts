import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { PayloadRequest } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/** The 选题会's data (cms/admin/Planning/meeting): a week's topics read with each person's access, grouped and counted. */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
const ZONE = 'Asia/Shanghai'
// Monday 2031-03-03 in Beijing starts at 2031-03-02T16:00Z.
const MONDAY = '2031-03-03'
const ids: Record<string, Id> = {}

async function meetingOf(userId: Id) {
  const { createLocalReq } = await import('payload')
  const { loadTopicMeeting } = await import('../../cms/admin/Planning/meeting/loadTopicMeeting')
  const { meetingWeek } = await import('../../cms/admin/Planning/meeting/meetingWeek')
  const { groupTopics } = await import('../../cms/admin/Planning/meeting/groupTopics')
  const user = await cms.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  const req: PayloadRequest = await createLocalReq({ user: { ...user, collection: 'users' } }, cms.payload)
  const week = meetingWeek({ asked: MONDAY, now: new Date(), timeZone: ZONE })
  const data = await loadTopicMeeting({ req, week })
  return { data, groups: groupTopics({ topics: data.topics, week, timeZone: ZONE }) }
}

const topic = (data: Record<string, unknown>) => makeDoc({ payload: cms.payload, collection: 'topics', data })

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  const wechat = await makeDoc({ payload: cms.payload, collection: 'platform-accounts', data: { platform: 'wechat', name: '品牌公众号' } })
  const redbook = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: 'xiaohongshu', name: '小红书主号' },
  })
  ids.monday = await topic({
    title: '社保新政解读',
    pillar: '政策解读',
    source: 'hotspot',
    owner: team.copywriter.id,
    accounts: [wechat, redbook],
    dueDate: '2031-03-03T02:00:00.000Z', // Monday 10:00 Beijing
  })
  ids.sunday = await topic({
    title: '周日案例',
    pillar: '案例',
    source: 'feedback',
    dueDate: '2031-03-09T15:30:00.000Z',
    state: 'approved',
  })
  ids.lastWeek = await topic({ title: '上周的选题', pillar: '案例', dueDate: '2031-03-02T15:59:00.000Z' }) // Sunday 23:59 the week before
  ids.nextWeek = await topic({ title: '下周的选题', pillar: '案例', dueDate: '2031-03-09T16:00:00.000Z' })
  ids.undatedIdea = await topic({ title: '还没定时间的想法', pillar: '权益科普' })
  ids.undatedDone = await topic({ title: '没时间但已完成', state: 'done' })
})
after(async () => cms?.close())

describe('选题会 data', () => {
  test('the week’s topics under their Beijing day, names populated; undated ideas apart; other weeks left out', async () => {
    const { data, groups } = await meetingOf(team.editor.id)
    const byDay = Object.fromEntries(groups.days.map((slot) => [slot.day, slot.topics.map((item) => item.title)]))
    assert.deepEqual(byDay['2031-03-03'], ['社保新政解读'])
    assert.deepEqual(byDay['2031-03-09'], ['周日案例'])
    assert.equal(
      groups.days.reduce((sum, slot) => sum + slot.topics.length, 0),
      2,
    )
    assert.deepEqual(
      groups.undated.map((item) => item.title),
      ['还没定时间的想法'],
    )
    const titles = data.topics.map((item) => item.title)
    assert.ok(!titles.includes('上周的选题') && !titles.includes('下周的选题'), 'topics due outside the week are not read')
    assert.ok(!titles.includes('没时间但已完成'), 'an undated topic past idea is not on the meeting')
    const monday = groups.days[0].topics[0]
    assert.equal(monday.ownerName, 'copywriter')
    assert.deepEqual(monday.accountNames, ['品牌公众号', '小红书主号'])
    assert.equal(monday.source, 'hotspot')
    assert.deepEqual(data.pillars, ['权益科普', '案例', '政策解读', '品牌动态'], 'the pillars come from 策划设置')
  })

  test('counts for the week by state and by pillar', async () => {
    const { countByPillar, countByState, weekTopics } = await import('../../cms/admin/Planning/meeting/groupTopics')
    const { data, groups } = await meetingOf(team.editor.id)
    assert.deepEqual(countByState(weekTopics(groups)), { idea: 1, approved: 1, in_production: 0, done: 0 })
    assert.deepEqual(countByPillar({ topics: weekTopics(groups), pillars: data.pillars }), [
      { pillar: '权益科普', count: 0 },
      { pillar: '案例', count: 1 },
      { pillar: '政策解读', count: 1 },
      { pillar: '品牌动态', count: 0 },
    ])
  })

  test('a copywriter reads the same meeting', async () => {
    const { groups } = await meetingOf(team.copywriter.id)
    assert.deepEqual(
      groups.days.flatMap((slot) => slot.topics.map((item) => item.title)),
      ['社保新政解读', '周日案例'],
    )
  })

  test('通过 as the board sends it: an editor’s PATCH approves; a copywriter’s leaves the topic an idea', async () => {
    const writer = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
    await api({ url: cms.url, method: 'PATCH', path: `/api/topics/${ids.monday}`, token: writer, body: { state: 'approved' } })
    const stillIdea = await meetingOf(team.editor.id)
    assert.equal(stillIdea.groups.days[0].topics[0].state, 'idea')

    const editor = await login({ url: cms.url, email: team.editor.email, password: PASSWORD })
    const approved = await api<{ doc: { state: string } }>({
      url: cms.url,
      method: 'PATCH',
      path: `/api/topics/${ids.monday}`,
      token: editor,
      body: { state: 'approved' },
    })
    assert.equal(approved.status, 200, JSON.stringify(approved.body))
    assert.equal(approved.body.doc.state, 'approved')
    const after = await meetingOf(team.copywriter.id)
    assert.equal(after.groups.days[0].topics[0].state, 'approved')
  })
})
