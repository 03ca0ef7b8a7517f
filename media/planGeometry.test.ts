import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { planGeometry } from './planGeometry'

const cover = { fit: 'cover' as const, width: 900, height: 383 }
const centre = { x: 50, y: 50 }

describe('planGeometry', () => {
  test('a 24 MP landscape photo is scaled to the target width and cut to 2.35:1', () => {
    const plan = planGeometry({ source: { width: 6000, height: 4000 }, size: cover, focal: centre })
    assert.deepEqual(plan.resize, { width: 900, height: 600 })
    assert.deepEqual(plan.extract, { left: 0, top: 109, width: 900, height: 383 })
  })

  test('the window follows the focal point and stops at the edges', () => {
    const square = { fit: 'cover' as const, width: 600, height: 600 }
    const source = { width: 3000, height: 1000 }
    assert.equal(planGeometry({ source, size: square, focal: { x: 60, y: 50 } }).extract?.left, 780)
    assert.equal(planGeometry({ source, size: square, focal: { x: 100, y: 50 } }).extract?.left, 1200)
    assert.equal(planGeometry({ source, size: square, focal: { x: 0, y: 0 } }).extract?.left, 0)
  })

  test('a small source is cut to the ratio without upscaling', () => {
    const plan = planGeometry({ source: { width: 600, height: 600 }, size: cover, focal: centre })
    assert.equal(plan.resize, null)
    assert.deepEqual(plan.extract, { left: 0, top: 173, width: 600, height: 255 })
  })

  test('inside only shrinks', () => {
    const size = { fit: 'inside' as const, maxWidth: 1080, maxHeight: null }
    assert.deepEqual(planGeometry({ source: { width: 4000, height: 3000 }, size, focal: centre }).resize, { width: 1080, height: 810 })
    assert.equal(planGeometry({ source: { width: 800, height: 6000 }, size, focal: centre }).resize, null)
  })
})

describe('planGeometry with enlarge (a hand-off picture at the platform size)', () => {
  const note = { fit: 'cover' as const, width: 1080, height: 1440, enlarge: true as const }

  test('a small source is cut to 3:4 around the focal point, then scaled up to exactly 1080×1440', () => {
    const plan = planGeometry({ source: { width: 800, height: 600 }, size: note, focal: { x: 80, y: 50 } })
    assert.equal(plan.extractFirst, true)
    assert.deepEqual(plan.extract, { left: 350, top: 0, width: 450, height: 600 })
    assert.deepEqual(plan.resize, { width: 1080, height: 1440 })
    assert.deepEqual([plan.width, plan.height], [1080, 1440])
  })

  test('a large source: the window follows the focal point and stops at the edges', () => {
    const source = { width: 4000, height: 3000 }
    assert.deepEqual(planGeometry({ source, size: note, focal: { x: 50, y: 50 } }).extract, {
      left: 875,
      top: 0,
      width: 2250,
      height: 3000,
    })
    assert.equal(planGeometry({ source, size: note, focal: { x: 100, y: 50 } }).extract?.left, 1750)
    assert.equal(planGeometry({ source, size: note, focal: { x: 0, y: 50 } }).extract?.left, 0)
    const tall = planGeometry({ source: { width: 1000, height: 3000 }, size: note, focal: { x: 50, y: 10 } })
    assert.deepEqual(tall.extract, { left: 0, top: 0, width: 1000, height: 1333 })
  })
})
