import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { encodeStepsFor, encodeToLimit } from './encodeToLimit'
import { MediaError } from './mediaError'
import { mediaPresets, type MediaPreset } from './mediaPresets'
import type { RawImage } from './rawImage'

function noise(args: { width: number; height: number }): RawImage {
  const { width, height } = args
  const data = Buffer.alloc(width * height * 3)
  let state = 7
  for (let index = 0; index < data.length; index++) {
    state = (state * 1103515245 + 12345) >>> 0
    data[index] = state >>> 24
  }
  return { data, width, height, channels: 3 }
}

const thumb = mediaPresets['wechat-thumb']

describe('encodeToLimit', () => {
  test('shrinks the image when no quality is small enough, and then fits', async () => {
    const image = noise({ width: 900, height: 383 })
    const result = await encodeToLimit({
      image,
      preset: thumb,
      steps: encodeStepsFor({ preset: thumb, graphic: false, transparent: false }),
    })
    assert.ok(result.buffer.length <= thumb.maxBytes)
    assert.ok(result.width < 900 && result.width >= thumb.minWidth, `${result.width}`)
    assert.ok(Math.abs(result.width / result.height - 900 / 383) < 0.02)
  })

  test('gives a clear error when even the smallest allowed size does not fit', async () => {
    const impossible: MediaPreset = { ...thumb, maxBytes: 2_000, minWidth: 800 }
    const steps = encodeStepsFor({ preset: impossible, graphic: false, transparent: false })
    await assert.rejects(encodeToLimit({ image: noise({ width: 900, height: 383 }), preset: impossible, steps }), (error: unknown) => {
      assert.ok(error instanceof MediaError)
      assert.equal(error.code, 'limit-unreachable')
      assert.match(error.message, /2 KB/)
      return true
    })
  })
})
