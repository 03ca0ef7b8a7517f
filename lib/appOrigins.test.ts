import assert from 'node:assert/strict'
import { test } from 'node:test'
import { appOrigins } from './appOrigins'

test('the public address alone, reduced to its origin', () => {
  assert.deepEqual(appOrigins({ publicUrl: 'https://cms.example.com/', port: 3000 }), ['https://cms.example.com'])
  assert.deepEqual(appOrigins({ publicUrl: 'https://example.com:8443/cms/', port: 3000 }), ['https://example.com:8443'])
})

test('without one, this host on its port: never an empty list (an empty list would accept every origin)', () => {
  assert.deepEqual(appOrigins({ publicUrl: undefined, port: 3000 }), ['http://localhost:3000', 'http://127.0.0.1:3000'])
  assert.deepEqual(appOrigins({ publicUrl: '', port: 4123 }), ['http://localhost:4123', 'http://127.0.0.1:4123'])
})
