import assert from 'node:assert/strict'
import { test } from 'node:test'
import { errorSummary } from './errorSummary'

test('a failed statement is logged with its cause, without its values, cut short', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
  const columns = Array.from({ length: 60 }, (_, i) => `"deliveries"."column_${i}"`).join(', ')
  const failed = new Error(`Failed query: select ${columns} from "deliveries" where "deliveries"."id" = $1\nparams: 7,$2b$10$secrethash`, {
    cause: refused,
  })
  const summary = errorSummary(failed)
  assert.match(summary, /^Failed query: select "deliveries"\."column_0"/)
  assert.match(summary, /… ← connect ECONNREFUSED 127\.0\.0\.1:5432$/)
  assert.doesNotMatch(summary, /params|secrethash/)
  assert.ok(summary.length < 400, `${summary.length} characters`)
})

test('a code the message does not name is put before it; a plain message or a thrown string stays as it is', () => {
  const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
  assert.equal(
    errorSummary(new Error('Failed query: begin', { cause: shutdown })),
    'Failed query: begin ← 57P01: terminating connection due to administrator command',
  )
  assert.equal(errorSummary(new Error('微博授权已失效，请重新授权')), '微博授权已失效，请重新授权')
  assert.equal(errorSummary('timeout'), 'timeout')
  assert.equal(errorSummary(new Error('outer', { cause: 'inner' })), 'outer ← inner')
})
