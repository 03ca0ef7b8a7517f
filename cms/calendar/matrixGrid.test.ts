import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cellKey, emptyDayCount, matrixDays, matrixGroups, placeEntries, shiftMatrixAnchor } from './matrixGrid'

test('a week runs Monday to Sunday around the anchor; a month is its own days only (no spill from the next)', () => {
  assert.deepEqual(matrixDays({ anchor: '2026-12-10', range: 'week' }), [
    '2026-12-07',
    '2026-12-08',
    '2026-12-09',
    '2026-12-10',
    '2026-12-11',
    '2026-12-12',
    '2026-12-13',
  ])
  const february = matrixDays({ anchor: '2027-02-15', range: 'month' })
  assert.equal(february.length, 28)
  assert.equal(february[0], '2027-02-01')
  assert.equal(february.at(-1), '2027-02-28')
  assert.equal(matrixDays({ anchor: '2026-12-31', range: 'month' }).length, 31)
})

test('‹ › move by a week or by a calendar month (31 January → February)', () => {
  assert.equal(shiftMatrixAnchor({ anchor: '2026-12-10', range: 'week', by: 1 }), '2026-12-17')
  assert.equal(shiftMatrixAnchor({ anchor: '2026-12-10', range: 'week', by: -1 }), '2026-12-03')
  assert.equal(shiftMatrixAnchor({ anchor: '2027-01-31', range: 'month', by: 1 }), '2027-02-01')
  assert.equal(shiftMatrixAnchor({ anchor: '2027-01-31', range: 'month', by: -1 }), '2026-12-01')
})

const accounts = [
  { id: 5, name: '小红书 · 探店号', platform: 'xiaohongshu' },
  { id: 2, name: '社区生活馆', platform: 'wechat' },
  { id: 9, name: '视频号 主号', platform: 'channels' },
  { id: 3, name: '小红书 · 好物号', platform: 'xiaohongshu' },
  { id: 4, name: '官方微博', platform: 'weibo' },
  { id: 8, name: '退役平台', platform: 'myspace' },
]

test('one row per account, grouped by platform in the platforms’ order, each group under the name editors use', () => {
  const groups = matrixGroups({ accounts })
  assert.deepEqual(
    groups.map((g) => [g.label, g.rows.map((r) => r.key)]),
    [
      ['公众号', ['2']],
      ['微博', ['4']],
      ['小红书', ['3', '5']],
      ['视频号', ['9']],
    ],
  )
  // An account of a platform the product no longer knows has no row (it cannot take a slot anyway).
  assert.ok(!groups.flatMap((g) => g.rows).some((r) => r.key === '8'))
})

test('the platform filter keeps one group', () => {
  const groups = matrixGroups({ accounts, platform: 'xiaohongshu' })
  assert.deepEqual(
    groups.map((g) => g.platform),
    ['xiaohongshu'],
  )
  assert.equal(groups[0].rows.length, 2)
})

test('entries land in their account × day cell; a row counts its empty days', () => {
  const entries = [
    { id: 1, account: '3', day: '2026-12-08' },
    { id: 2, account: '3', day: '2026-12-08' },
    { id: 3, account: '5', day: '2026-12-09' },
    { id: 4, account: null, day: '2026-12-09' },
  ]
  const cells = placeEntries({ entries, accountOf: (e) => e.account, dayOf: (e) => e.day })
  assert.deepEqual(
    cells.get(cellKey('3', '2026-12-08'))?.map((e) => e.id),
    [1, 2],
  )
  assert.equal(cells.get(cellKey('5', '2026-12-08')), undefined)
  const days = matrixDays({ anchor: '2026-12-08', range: 'week' })
  assert.equal(emptyDayCount({ accountKey: '3', days, cells }), 6)
  assert.equal(emptyDayCount({ accountKey: '5', days, cells }), 6)
  assert.equal(emptyDayCount({ accountKey: '2', days, cells }), 7)
})
