import assert from 'node:assert/strict'
import { test } from 'node:test'
import { shouldSeedDemo } from './shouldSeedDemo'

test('demo data only into an empty database, and in production only when forced', () => {
  const rows = [
    { userCount: 0, isProduction: false, forced: false, expected: true },
    { userCount: 3, isProduction: false, forced: false, expected: false },
    { userCount: 0, isProduction: true, forced: false, expected: false },
    { userCount: 0, isProduction: true, forced: true, expected: true },
    { userCount: 1, isProduction: true, forced: true, expected: false },
  ]
  for (const { expected, ...args } of rows) assert.equal(shouldSeedDemo(args), expected, JSON.stringify(args))
})
