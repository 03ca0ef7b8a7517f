import assert from 'node:assert/strict'
import { test } from 'node:test'
import { daysBetween, splitSpan } from './statsSpans'

test('a 20-day window in spans of 7 days: 7 + 7 + 6, consecutive, nothing lost or repeated', () => {
  assert.deepEqual(splitSpan({ from: '2026-11-10', to: '2026-11-29', maxDays: 7 }), [
    { begin: '2026-11-10', end: '2026-11-16' },
    { begin: '2026-11-17', end: '2026-11-23' },
    { begin: '2026-11-24', end: '2026-11-29' },
  ])
})

test('exact multiples, one day, month and year ends, leap day', () => {
  assert.deepEqual(splitSpan({ from: '2026-12-01', to: '2026-12-14', maxDays: 7 }), [
    { begin: '2026-12-01', end: '2026-12-07' },
    { begin: '2026-12-08', end: '2026-12-14' },
  ])
  assert.deepEqual(splitSpan({ from: '2026-12-03', to: '2026-12-03', maxDays: 30 }), [{ begin: '2026-12-03', end: '2026-12-03' }])
  assert.deepEqual(splitSpan({ from: '2026-12-30', to: '2027-01-02', maxDays: 1 }), [
    { begin: '2026-12-30', end: '2026-12-30' },
    { begin: '2026-12-31', end: '2026-12-31' },
    { begin: '2027-01-01', end: '2027-01-01' },
    { begin: '2027-01-02', end: '2027-01-02' },
  ])
  assert.deepEqual(splitSpan({ from: '2028-02-01', to: '2028-03-31', maxDays: 30 }), [
    { begin: '2028-02-01', end: '2028-03-01' },
    { begin: '2028-03-02', end: '2028-03-31' },
  ])
})

test('an empty window gives no spans; a bad maximum is refused', () => {
  assert.deepEqual(splitSpan({ from: '2026-12-04', to: '2026-12-03', maxDays: 7 }), [])
  assert.throws(() => splitSpan({ from: '2026-12-01', to: '2026-12-03', maxDays: 0 }))
})

test('every span of a long window is within the maximum and the spans cover the window exactly', () => {
  for (const maxDays of [1, 7, 30]) {
    const spans = splitSpan({ from: '2026-01-15', to: '2026-11-20', maxDays })
    const covered = spans.flatMap((span) => daysBetween({ from: span.begin, to: span.end }))
    assert.deepEqual(covered, daysBetween({ from: '2026-01-15', to: '2026-11-20' }))
    assert.ok(spans.every((span) => daysBetween({ from: span.begin, to: span.end }).length <= maxDays))
  }
})

test('daysBetween: inclusive, in order, empty when reversed', () => {
  assert.deepEqual(daysBetween({ from: '2026-02-27', to: '2026-03-02' }), ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'])
  assert.deepEqual(daysBetween({ from: '2026-03-02', to: '2026-03-01' }), [])
})
