import assert from 'node:assert/strict'
import { test } from 'node:test'
import { phoneOrigin, requestOriginOf } from './phoneOrigin'

const appOrigins = ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://192.168.1.20:3000']

test('a real public address wins', () => {
  assert.equal(
    phoneOrigin({ publicUrl: 'https://cms.example.com/', requestOrigin: 'http://localhost:3000', appOrigins }),
    'https://cms.example.com',
  )
})

test('opened at the network address: that address', () => {
  assert.equal(phoneOrigin({ publicUrl: undefined, requestOrigin: 'http://192.168.1.20:3000', appOrigins }), 'http://192.168.1.20:3000')
})

test('opened at localhost: the machine’s network address, which a phone can reach', () => {
  assert.equal(
    phoneOrigin({ publicUrl: 'http://localhost:3000', requestOrigin: 'http://localhost:3000', appOrigins }),
    'http://192.168.1.20:3000',
  )
})

test('a Host the app is not served from never lands in the code', () => {
  assert.equal(phoneOrigin({ publicUrl: undefined, requestOrigin: 'http://evil.example.com', appOrigins }), 'http://192.168.1.20:3000')
  assert.equal(
    phoneOrigin({ publicUrl: undefined, requestOrigin: 'http://evil.example.com', appOrigins: ['http://localhost:3000'] }),
    'http://localhost:3000',
  )
})

test('the request origin from Host and a proxy’s protocol', () => {
  assert.equal(requestOriginOf(new Headers({ host: '192.168.1.20:3000' })), 'http://192.168.1.20:3000')
  assert.equal(requestOriginOf(new Headers({ host: 'cms.example.com', 'x-forwarded-proto': 'https' })), 'https://cms.example.com')
  assert.equal(requestOriginOf(new Headers()), null)
})
