import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { openSecret, SecretDecryptError, sealSecret } from './secretBox'

const key = randomBytes(32)

test('seal then open returns the plaintext, and sealing twice differs (fresh IV)', () => {
  const a = sealSecret({ plaintext: '秘密 secret', key, context: 'ctx' })
  const b = sealSecret({ plaintext: '秘密 secret', key, context: 'ctx' })
  assert.notEqual(a, b)
  assert.ok(!a.includes('secret'))
  assert.equal(openSecret({ sealed: a, key, context: 'ctx' }), '秘密 secret')
})

test('a wrong key, a wrong context or a tampered body fails closed', () => {
  const sealed = sealSecret({ plaintext: 'x', key, context: 'ctx' })
  assert.throws(() => openSecret({ sealed, key: randomBytes(32), context: 'ctx' }), SecretDecryptError)
  assert.throws(() => openSecret({ sealed, key, context: 'other' }), SecretDecryptError)
  const parts = sealed.split('.')
  parts[3] = Buffer.from('tampered').toString('base64url')
  assert.throws(() => openSecret({ sealed: parts.join('.'), key, context: 'ctx' }), SecretDecryptError)
  assert.throws(() => openSecret({ sealed: 'not-sealed', key, context: 'ctx' }), /not in a format/)
})
