import assert from 'node:assert/strict'
import { test } from 'node:test'
import { accountScope, assignedAccounts, mayActOnAccount } from './accountAssignment'

const admin = { id: 1, role: 'admin' }
const editor = { id: 2, role: 'editor' }
const operator = { id: 3, role: 'operator', accounts: [7, { id: 9 }] }
const operatorWithout = { id: 4, role: 'operator', accounts: null }
const producer = { id: 5, role: 'video_producer', accounts: [7] }

test('editors and admins act on every account', () => {
  assert.equal(assignedAccounts(admin), 'all')
  assert.equal(assignedAccounts(editor), 'all')
  assert.equal(mayActOnAccount(editor, 123), true)
  assert.equal(accountScope(admin), true)
})

test('an operator acts only on assigned accounts, populated or not', () => {
  assert.deepEqual(assignedAccounts(operator), [7, 9])
  assert.equal(mayActOnAccount(operator, 7), true)
  assert.equal(mayActOnAccount(operator, '9'), true)
  assert.equal(mayActOnAccount(operator, { id: 9 }), true)
  assert.equal(mayActOnAccount(operator, 8), false)
  assert.equal(mayActOnAccount(operator, null), false)
  assert.deepEqual(accountScope(operator), { account: { in: [7, 9] } })
  assert.deepEqual(accountScope(operator, 'entry.account'), { 'entry.account': { in: [7, 9] } })
})

test('an operator with no accounts acts on none', () => {
  assert.deepEqual(assignedAccounts(operatorWithout), [])
  assert.equal(mayActOnAccount(operatorWithout, 7), false)
  assert.equal(accountScope(operatorWithout), false)
})

test('other roles and anonymous visitors act on none, whatever accounts they carry', () => {
  assert.equal(assignedAccounts(producer), 'none')
  assert.equal(mayActOnAccount(producer, 7), false)
  assert.equal(accountScope(producer), false)
  assert.equal(assignedAccounts(null), 'none')
  assert.equal(mayActOnAccount(undefined, 7), false)
})
