import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseCount, parseDay, parsePosition, parseRate } from './cellParsers'

const today = '2026-12-04'

test('days as teams type them, checked against the calendar and today', () => {
  for (const text of ['2026-12-01', '2026/12/1', '2026.12.01', '2026年12月1日', ' 2026-12-1 ', '2026/12/1 0:00', '2026-12-01 00:00:00'])
    assert.deepEqual(parseDay({ text, today }), { ok: true, value: '2026-12-01' }, text)
  assert.deepEqual(parseDay({ text: '2026-12-04', today }), { ok: true, value: '2026-12-04' })
  const bad = parseDay({ text: '2026/13/01', today })
  assert.deepEqual(bad, { ok: false, problem: '日期「2026/13/01」不是有效日期，请写成 2026-12-04 这样的格式' })
  assert.equal(parseDay({ text: '2026-02-30', today }).ok, false)
  assert.equal(parseDay({ text: '1926-12-01', today }).ok, false, 'a year mistyped')
  assert.equal(parseDay({ text: '12/01/2026', today }).ok, false)
  assert.match(String((parseDay({ text: '2026-12-05', today }) as { problem: string }).problem), /还没到/)
  assert.match(String((parseDay({ text: '', today }) as { problem: string }).problem), /没有填写日期/)
})

test('counts: thousands separators and 万 are read; empty is not reported; no fractions or negatives', () => {
  assert.deepEqual(parseCount({ text: '1,234', label: '阅读人数' }), { ok: true, value: 1234 })
  assert.deepEqual(parseCount({ text: '1.2万', label: '阅读人数' }), { ok: true, value: 12000 })
  assert.deepEqual(parseCount({ text: '', label: '阅读人数' }), { ok: true, value: null })
  assert.deepEqual(parseCount({ text: '0', label: '阅读人数' }), { ok: true, value: 0 })
  assert.equal(parseCount({ text: '-3', label: '点赞' }).ok, false)
  assert.equal(parseCount({ text: '2.5', label: '点赞' }).ok, false)
  assert.deepEqual(parseCount({ text: '很多', label: '点赞' }), {
    ok: false,
    problem: '点赞「很多」不是数字，请填写不小于 0 的整数（没有数据请留空）',
  })
})

test('completion rates in percent or as a fraction', () => {
  assert.deepEqual(parseRate({ text: '55%', label: '完读率' }), { ok: true, value: 0.55 })
  assert.deepEqual(parseRate({ text: '55', label: '完读率' }), { ok: true, value: 0.55 })
  assert.deepEqual(parseRate({ text: '0.55', label: '完读率' }), { ok: true, value: 0.55 })
  assert.deepEqual(parseRate({ text: '', label: '完读率' }), { ok: true, value: null })
  assert.equal(parseRate({ text: '120%', label: '完读率' }).ok, false)
})

test('第几篇: 1 to the push size, empty when not said', () => {
  assert.deepEqual(parsePosition({ text: '', max: 8 }), { ok: true, value: null })
  assert.deepEqual(parsePosition({ text: '第2篇', max: 8 }), { ok: true, value: 2 })
  assert.equal(parsePosition({ text: '9', max: 8 }).ok, false)
  assert.equal(parsePosition({ text: '0', max: 8 }).ok, false)
})
