import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseMailFrom } from './mailFrom'

test('a sender with a name splits into name and address', () => {
  assert.deepEqual(parseMailFrom('内容中台 <cms@example.com>'), { name: '内容中台', address: 'cms@example.com' })
  assert.deepEqual(parseMailFrom('"市场部 通知" <notice@example.com>'), { name: '市场部 通知', address: 'notice@example.com' })
})

test('a bare address has no name', () => {
  assert.deepEqual(parseMailFrom(' cms@example.com '), { name: '', address: 'cms@example.com' })
})
