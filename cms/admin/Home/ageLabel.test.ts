import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ageLabel } from './ageLabel'

const now = new Date('2026-12-04T10:00:00Z')

test('ages read as a Chinese editor says them', () => {
  assert.equal(ageLabel({ at: '2026-12-04T09:59:30Z', now }), '刚刚')
  assert.equal(ageLabel({ at: '2026-12-04T09:55:00Z', now }), '5 分钟前')
  assert.equal(ageLabel({ at: '2026-12-04T07:00:00Z', now }), '3 小时前')
  assert.equal(ageLabel({ at: '2026-12-02T09:00:00Z', now }), '2 天前')
})

test('a time slightly ahead of the clock is 刚刚, never negative', () => {
  assert.equal(ageLabel({ at: '2026-12-04T10:00:05Z', now }), '刚刚')
})
