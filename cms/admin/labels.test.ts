import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lexiconCategoryLabel, timezoneLabel } from './labels'

test('time zones read as people say them, not as their ids', () => {
  assert.equal(timezoneLabel('Asia/Shanghai'), '北京时间')
  assert.equal(timezoneLabel('UTC'), 'UTC 时间')
  assert.equal(timezoneLabel('America/New_York'), '北美东部时间')
  assert.equal(timezoneLabel('Not/AZone'), 'Not/AZone')
})

test('lexicon categories read by their Chinese names', () => {
  assert.equal(lexiconCategoryLabel('absolute_terms'), '绝对化用语')
  assert.equal(lexiconCategoryLabel('ad-absolute'), '广告法极限用语')
})
