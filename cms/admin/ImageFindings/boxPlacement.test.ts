import assert from 'node:assert/strict'
import { test } from 'node:test'
import { boxPlacement } from './boxPlacement'

test('a box is placed in percentages of the image and never outside it', () => {
  assert.deepEqual(boxPlacement({ box: { x: 108, y: 54, width: 540, height: 108 }, width: 1080, height: 1080 }), {
    left: '10.00%',
    top: '5.00%',
    width: '50.00%',
    height: '10.00%',
  })
  assert.equal(boxPlacement({ box: { x: -5, y: 0, width: 2000, height: 1 }, width: 1000, height: 100 }).width, '100.00%')
})
