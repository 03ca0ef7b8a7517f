import assert from 'node:assert/strict'
import { test } from 'node:test'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { config } from './proxy'

const multipart = { 'content-type': 'multipart/form-data; boundary=----x' }
const runsFor = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers })

test('the proxy gives the admin and the API the team language', () => {
  for (const url of [
    '/admin',
    '/admin/collections/articles/1',
    '/api/articles',
    '/api/articles/1/transition',
    '/api/users/me',
    '/api/media',
    '/api/media/1',
  ]) {
    assert.equal(runsFor(url), true, url)
  }
  assert.equal(runsFor('/api/articles/1', multipart), true, 'an admin form save (multipart, small) still gets it')
})

test('uploads to the media library bypass it: Next would cut their bodies at 10 MB', () => {
  for (const url of ['/api/media', '/api/media?depth=0', '/api/media/12']) assert.equal(runsFor(url, multipart), false, url)
})

test('the public site and static files never run it', () => {
  for (const url of ['/', '/articles/some-slug', '/_next/static/chunk.js']) assert.equal(runsFor(url), false, url)
})
