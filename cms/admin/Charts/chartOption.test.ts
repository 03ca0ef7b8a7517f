import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { countSeriesPoints } from './chartOption'

describe('countSeriesPoints', () => {
  it('counts drawn values over every series and leaves gaps out', () => {
    assert.equal(
      countSeriesPoints({
        series: [
          { type: 'line', data: [1, null, 3, '-'] },
          { type: 'bar', data: [{ value: 0 }, { value: null }, [2, 5]] },
        ],
      }),
      4,
    )
  })

  it('takes a single series object and counts none without data', () => {
    assert.equal(countSeriesPoints({ series: { type: 'bar', data: [] } }), 0)
    assert.equal(countSeriesPoints({}), 0)
  })

  it('counts dataset rows (after the header row) for series that read the dataset', () => {
    assert.equal(
      countSeriesPoints({
        dataset: {
          source: [
            ['day', 'readers'],
            ['12-01', 3],
            ['12-02', 4],
          ],
        },
        series: [{ type: 'line' }],
      }),
      2,
    )
  })
})
