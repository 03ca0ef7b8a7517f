import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mediaFilenameOf } from './mediaFiles'

test('our media URLs, relative or absolute, name a file; other hosts and paths do not', () => {
  const serverUrl = 'https://cms.example.com'
  assert.equal(mediaFilenameOf({ src: '/api/media/file/cover%20a.jpg', serverUrl }), 'cover a.jpg')
  assert.equal(mediaFilenameOf({ src: 'https://cms.example.com/api/media/file/b.png', serverUrl }), 'b.png')
  assert.equal(mediaFilenameOf({ src: 'https://evil.example.com/api/media/file/b.png', serverUrl }), null)
  assert.equal(mediaFilenameOf({ src: 'https://cms.example.com/other/b.png', serverUrl }), null)
})
