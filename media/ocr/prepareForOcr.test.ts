import assert from 'node:assert/strict'
import { test } from 'node:test'
import sharp from 'sharp'
import { MAX_OCR_PIXELS, ocrScale, prepareForOcr, tooSmallForText } from './prepareForOcr'

test('small images are scaled up (at most 4×), large ones down to the pixel cap, posters left as they are', () => {
  assert.equal(ocrScale({ width: 400, height: 300 }), 4)
  assert.equal(ocrScale({ width: 600, height: 200 }), 1600 / 600)
  assert.equal(ocrScale({ width: 1080, height: 1920 }), 1)
  const big = ocrScale({ width: 6000, height: 4000 })
  assert.ok(Math.abs(6000 * 4000 * big * big - MAX_OCR_PIXELS) < 10)
  assert.equal(tooSmallForText({ width: 1, height: 1 }), true)
  assert.equal(tooSmallForText({ width: 400, height: 40 }), false)
})

test('the image tesseract reads is a grey PGM, transparency flattened onto white', async () => {
  const transparent = await sharp({ create: { width: 900, height: 383, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer()
  const prepared = await prepareForOcr(transparent)
  const header = `P5\n900 383\n255\n`
  assert.equal(prepared.pgm.subarray(0, header.length).toString('ascii'), header)
  assert.equal(prepared.pgm.length, header.length + 900 * 383)
  assert.equal(prepared.pgm[header.length], 255, 'white, not black')
  await assert.rejects(prepareForOcr(Buffer.from('not an image')), { code: 'image-unreadable' })
})
