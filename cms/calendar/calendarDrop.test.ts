import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dropPatch, dropTargetOf } from './calendarDrop'

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
