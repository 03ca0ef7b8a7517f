import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fieldLabel } from './fieldLabel'

test('findings name their field in Chinese, never by its path', () => {
  const parts = [{ field: 'variants.0.body', label: '微博改写·正文' }]
  assert.equal(fieldLabel({ field: 'variants.0.body', parts }), '微博改写·正文')
  assert.equal(fieldLabel({ field: 'body', parts }), '正文')
  assert.equal(fieldLabel({ field: 'variants.2.digest', parts }), '分平台改写·摘要')
  assert.equal(fieldLabel({ field: 'cover.alt', parts }), '替代文字')
  assert.equal(fieldLabel({ field: 'somethingElse', parts }), '内容')
})
