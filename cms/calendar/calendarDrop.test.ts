import assert from 'node:assert/strict'
import { test } from 'node:test'
import { acceptsDrop, dropPatch, dropTargetOf, matrixDrop, topicDropAccount, topicSlotTime } from './calendarDrop'

const tz = 'Asia/Shanghai'

test('a drop on an hour row inside a day is one target: that day at that hour (not the day and the hour twice)', () => {
  // From the element under the pointer outwards: the hour row, then its day cell.
  const target = dropTargetOf([{ hour: '7' }, { date: '2026-12-08' }])
  assert.deepEqual(target, { date: '2026-12-08', hour: 7 })
  assert.deepEqual(dropTargetOf([{}, { date: '2026-12-08' }]), { date: '2026-12-08' })
  assert.equal(dropTargetOf([{ hour: '7' }]), null)
})

test('one drop gives one PATCH; dropping an entry where it already is sends none', () => {
  const at = '2026-12-07T23:30:00.000Z' // 07:30 on 8 December in Beijing
  assert.deepEqual(dropPatch({ at, target: { date: '2026-12-09', hour: 7 }, timeZone: tz }), { publishAt: '2026-12-08T23:30:00.000Z' })
  assert.equal(dropPatch({ at, target: { date: '2026-12-08', hour: 7 }, timeZone: tz }), null)
  assert.equal(dropPatch({ at, target: { date: '2026-12-08' }, timeZone: tz }), null)
})

const label = (platform: string) => ({ xiaohongshu: '小红书', wechat: '公众号' })[platform] ?? platform

test('the calendar by account: another day of the same row keeps the time of day and the account', () => {
  const entry = { publishAt: '2026-12-08T02:30:00.000Z', accountId: 7, platform: 'xiaohongshu' } // 10:30 on 8 December
  const drop = matrixDrop({
    entry,
    target: { accountId: '7', platform: 'xiaohongshu', date: '2026-12-10' },
    timeZone: tz,
    platformLabel: label,
  })
  assert.deepEqual(drop, { kind: 'move', patch: { publishAt: '2026-12-10T02:30:00.000Z' } })
  const same = matrixDrop({
    entry,
    target: { accountId: 7, platform: 'xiaohongshu', date: '2026-12-08' },
    timeZone: tz,
    platformLabel: label,
  })
  assert.deepEqual(same, { kind: 'unchanged' })
})

test('another account of the same platform: one PATCH of the account and the time; the same day moves only the account', () => {
  const entry = { publishAt: '2026-12-08T02:30:00.000Z', accountId: 7, platform: 'xiaohongshu' }
  const other = matrixDrop({
    entry,
    target: { accountId: 9, platform: 'xiaohongshu', date: '2026-12-09' },
    timeZone: tz,
    platformLabel: label,
  })
  assert.deepEqual(other, { kind: 'move', patch: { account: 9, publishAt: '2026-12-09T02:30:00.000Z' } })
  const sameDay = matrixDrop({
    entry,
    target: { accountId: 9, platform: 'xiaohongshu', date: '2026-12-08' },
    timeZone: tz,
    platformLabel: label,
  })
  assert.deepEqual(sameDay, { kind: 'move', patch: { account: 9, publishAt: '2026-12-08T02:30:00.000Z' } })
})

test('a row of another platform takes no drop, and says why in the platforms’ names', () => {
  assert.equal(acceptsDrop({ entryPlatform: 'xiaohongshu', rowPlatform: 'wechat' }), false)
  assert.equal(acceptsDrop({ entryPlatform: 'xiaohongshu', rowPlatform: 'xiaohongshu' }), true)
  const entry = { publishAt: '2026-12-08T02:30:00.000Z', accountId: 7, platform: 'xiaohongshu' }
  const drop = matrixDrop({ entry, target: { accountId: 3, platform: 'wechat', date: '2026-12-09' }, timeZone: tz, platformLabel: label })
  assert.equal(drop.kind, 'refused')
  assert.match(drop.kind === 'refused' ? drop.message : '', /不能拖到公众号账号：小红书的排期只能换到另一个小红书账号/)
})

test('a 选题 dropped on a day is planned at 10:00 in the team’s zone; on an hour row of the week view, at that hour', () => {
  assert.equal(topicSlotTime({ target: { date: '2026-12-08' }, timeZone: tz }), '2026-12-08T02:00:00.000Z')
  assert.equal(topicSlotTime({ target: { date: '2026-12-08', hour: 7 }, timeZone: tz }), '2026-12-07T23:00:00.000Z')
  assert.equal(topicSlotTime({ target: { date: '2026-12-08' }, timeZone: 'Europe/London' }), '2026-12-08T10:00:00.000Z')
})

test('a dropped 选题 takes the row’s account, else its one target; several targets or none ask which', () => {
  assert.deepEqual(topicDropAccount({ rowAccount: 9, targets: [3, 4] }), { kind: 'account', account: 9 })
  assert.deepEqual(topicDropAccount({ targets: ['3'] }), { kind: 'account', account: '3' })
  assert.deepEqual(topicDropAccount({ targets: [3, 4] }), { kind: 'pick', among: 'targets' })
  assert.deepEqual(topicDropAccount({ targets: [] }), { kind: 'pick', among: 'all' })
})
