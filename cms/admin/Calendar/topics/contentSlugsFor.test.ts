import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentSlugsFor } from './contentSlugsFor'

test('a platform offers its content kinds in its profile’s order; an unknown platform offers none', () => {
  assert.deepEqual(contentSlugsFor('wechat'), ['articles', 'posters'])
  assert.deepEqual(contentSlugsFor('douyin'), ['videos', 'posters', 'notes'])
  assert.deepEqual(contentSlugsFor('channels'), ['videos'])
  assert.deepEqual(contentSlugsFor('myspace'), [])
})
