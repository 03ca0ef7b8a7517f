import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  apiErrorMessage,
  emptyValues,
  fieldUnit,
  type MetricRowView,
  numbersOf,
  reportedFields,
  sortRows,
  statsSourceOf,
  valuesOf,
  yesterdayIn,
} from './metricDayModel'

test('yesterday is the team\u2019s, whatever the machine\u2019s hour', () => {
  // 2026-12-04 17:30 UTC is already 12-05 01:30 in Beijing.
  assert.equal(yesterdayIn({ now: new Date('2026-12-04T17:30:00Z'), timeZone: 'Asia/Shanghai' }), '2026-12-04')
  assert.equal(yesterdayIn({ now: new Date('2026-12-04T15:30:00Z'), timeZone: 'Asia/Shanghai' }), '2026-12-03')
})

test('the route decides: Toutiao articles are entered by hand, its videos and WeChat come from the API', () => {
  assert.equal(statsSourceOf({ platform: 'toutiao', kind: 'article' }), 'manual')
  assert.equal(statsSourceOf({ platform: 'toutiao', kind: 'video' }), 'api')
  assert.equal(statsSourceOf({ platform: 'wechat', kind: 'article' }), 'api')
  assert.equal(statsSourceOf({ platform: 'unknown', kind: 'article' }), 'manual')
})

test('people and counts are labelled apart', () => {
  assert.equal(fieldUnit('readers'), '人数')
  assert.equal(fieldUnit('plays'), '次数')
  assert.equal(fieldUnit('completionRate'), '%')
})

test('form values: empty is not reported, the rate is percent, bad numbers are named', () => {
  const values = { ...emptyValues(), readers: '1,200', likes: '0', completionRate: '55' }
  const read = numbersOf(values)
  assert.ok(read.ok)
  assert.deepEqual([read.numbers.readers, read.numbers.likes, read.numbers.completionRate, read.numbers.plays], [1200, 0, 0.55, null])
  assert.deepEqual(numbersOf({ ...emptyValues(), likes: '-1' }), { ok: false, message: '点赞请填不小于 0 的整数（没有数据请留空）' })
  assert.deepEqual(numbersOf({ ...emptyValues(), completionRate: '120' }), { ok: false, message: '完读/完播率请填 0 到 100 之间的百分数' })
  assert.deepEqual(numbersOf(emptyValues()), { ok: false, message: '请至少填写一项数据' })
  const row: MetricRowView = { id: 1, date: '2026-12-01', position: 1, source: 'csv', completionRate: 0.555, readers: 12 }
  assert.deepEqual([valuesOf(row).readers, valuesOf(row).completionRate, valuesOf(row).plays], ['12', '55.5', ''])
})

test('rows newest first, the lead before its 次条; columns only for reported numbers', () => {
  const rows: MetricRowView[] = [
    { id: 1, date: '2026-12-01', position: 2, source: 'manual', readers: 3 },
    { id: 2, date: '2026-12-02', position: 1, source: 'api', plays: 5 },
    { id: 3, date: '2026-12-01', position: 1, source: 'api', readers: 9 },
  ]
  assert.deepEqual(
    sortRows(rows).map((r) => r.id),
    [2, 3, 1],
  )
  assert.deepEqual(reportedFields(rows), ['readers', 'plays'])
})

test('the API\u2019s own sentence is shown: a hook\u2019s message, or each field\u2019s', () => {
  assert.equal(
    apiErrorMessage({ status: 400, body: { errors: [{ message: '日期「2026-13-01」不是有效日期' }] } }),
    '日期「2026-13-01」不是有效日期',
  )
  assert.equal(
    apiErrorMessage({
      status: 400,
      body: {
        errors: [
          { message: '以下字段是无效的：阅读人数', data: { errors: [{ message: '阅读人数请填不小于 0 的整数', path: 'readers' }] } },
        ],
      },
    }),
    '阅读人数请填不小于 0 的整数',
  )
  assert.equal(apiErrorMessage({ status: 500, body: 'oops' }), '保存失败（500），请稍后重试')
})
