import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isEcho, ratioOf, scrollTopFor } from './scrollRatio'

test('the ratio runs from 0 at the top to 1 at the bottom', () => {
  assert.equal(ratioOf({ scrollTop: 0, scrollHeight: 2000, clientHeight: 500 }), 0)
  assert.equal(ratioOf({ scrollTop: 750, scrollHeight: 2000, clientHeight: 500 }), 0.5)
  assert.equal(ratioOf({ scrollTop: 1500, scrollHeight: 2000, clientHeight: 500 }), 1)
  assert.equal(ratioOf({ scrollTop: 0, scrollHeight: 300, clientHeight: 500 }), 0)
})

test('a ratio maps back to the same place on a scroller of another height', () => {
  assert.equal(scrollTopFor(0.5, { scrollHeight: 5000, clientHeight: 1000 }), 2000)
  assert.equal(scrollTopFor(1.4, { scrollHeight: 5000, clientHeight: 1000 }), 4000)
  assert.equal(scrollTopFor(Number.NaN, { scrollHeight: 5000, clientHeight: 1000 }), 0)
  const box = { scrollHeight: 3210, clientHeight: 640 }
  assert.ok(Math.abs(ratioOf({ ...box, scrollTop: scrollTopFor(0.37, box) }) - 0.37) < 0.001)
})

test('the scroll we caused by following is not echoed back; the reader scrolling is', () => {
  assert.equal(isEcho({ scrollTop: 801, appliedTop: 800 }), true)
  assert.equal(isEcho({ scrollTop: 900, appliedTop: 800 }), false)
  assert.equal(isEcho({ scrollTop: 800, appliedTop: null }), false)
})
