import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatFileSize } from './formatFileSize'

test('byte counts read as people say them', () => {
  assert.equal(formatFileSize(13137), '12.8 KB')
  assert.equal(formatFileSize(980), '980 B')
  assert.equal(formatFileSize(1024), '1 KB')
  assert.equal(formatFileSize(3.4 * 1024 * 1024), '3.4 MB')
  assert.equal(formatFileSize(150 * 1024 * 1024), '150 MB')
  assert.equal(formatFileSize(2.5 * 1024 ** 3), '2.5 GB')
  assert.equal(formatFileSize(Number.NaN), '')
})
