import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withOwnOrigin } from './ownOrigin'

const appOrigins = ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://192.168.1.20:3000']
const request = (method: string, host: string, extra: Record<string, string> = {}) =>
  withOwnOrigin({
    method,
    url: new URL(`http://${host}/admin`),
    headers: new Headers({ host, cookie: 'payload-token=t', ...extra }),
    appOrigins,
  })

test('a navigation to the machine’s network address without fetch metadata counts as from that address', () => {
  assert.equal(request('GET', '192.168.1.20:3000')?.get('origin'), 'http://192.168.1.20:3000')
  assert.equal(request('HEAD', '192.168.1.20:3000')?.get('origin'), 'http://192.168.1.20:3000')
})

test('writes, requests that say where they come from, and other hosts are left as they are', () => {
  assert.equal(request('POST', '192.168.1.20:3000'), null, 'a write keeps the Origin the browser sent (or none)')
  assert.equal(request('GET', '192.168.1.20:3000', { origin: 'https://evil.example' }), null)
  assert.equal(request('GET', '192.168.1.20:3000', { 'sec-fetch-site': 'cross-site' }), null)
  assert.equal(request('GET', 'evil.example:3000'), null, 'a host that is not this app')
  assert.equal(request('GET', '192.168.1.20:4000'), null, 'another port')
})
