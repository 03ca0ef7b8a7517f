import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { MetricRow } from '../metricRow'
import { metricRow } from '../metricRowFixture'
import { numbersOf } from './metricNumbers'

const row = (overrides: Partial<MetricRow>): MetricRow => metricRow({ date: '2026-11-03', ...overrides })

describe('numbersOf', () => {
  it('rates interactions over the readers of the posts that report readers, not every platform’s interactions over them', () => {
    const numbers = numbersOf([row({ readers: 200, likes: 10 }), row({ delivery: 2, platform: 'weibo', likes: 300, comments: 40 })])
    assert.equal(numbers.interactions, 350)
    assert.equal(numbers.interactionRate, 5)
    assert.equal(numbers.readers, 200)
  })
})
