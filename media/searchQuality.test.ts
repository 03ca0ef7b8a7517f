import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { searchQuality } from './searchQuality'

/** A fake encoder whose size grows exponentially with quality, like JPEG's does. */
function fakeEncoder(args: { bytesAtQ50: number; slope: number }): { encode: (quality: number) => Promise<Buffer>; calls: number[] } {
  const calls: number[] = []
  return {
    calls,
    encode: async (quality) => {
      calls.push(quality)
      return Buffer.alloc(Math.round(args.bytesAtQ50 * Math.exp(args.slope * (quality - 50))))
    },
  }
}

describe('searchQuality', () => {
  test('one encode when the start quality already fits', async () => {
    const fake = fakeEncoder({ bytesAtQ50: 10_000, slope: 0.03 })
    const result = await searchQuality({ encode: fake.encode, maxBytes: 1_000_000, start: 85, min: 40 })
    assert.deepEqual([result.fits, fake.calls], [true, [85]])
  })

  for (const slope of [0.015, 0.03, 0.06]) {
    test(`finds a fitting quality near the best or near the limit in a few encodes (slope ${slope})`, async () => {
      const fake = fakeEncoder({ bytesAtQ50: 60_000, slope })
      const maxBytes = 64_000
      const result = await searchQuality({ encode: fake.encode, maxBytes, start: 80, min: 40 })
      assert.ok(result.fits)
      assert.ok(result.buffer.length <= maxBytes)
      const best = Math.floor(50 + Math.log(maxBytes / 60_000) / slope)
      const closeToLimit = result.buffer.length >= maxBytes * 0.9
      assert.ok(closeToLimit || best - result.quality <= 2, `quality ${result.quality}, best ${best}, calls ${fake.calls}`)
      assert.ok(result.encodes <= 4, `calls ${fake.calls}`)
    })
  }

  test('reports the smallest encoding when even the minimum quality is too large', async () => {
    const fake = fakeEncoder({ bytesAtQ50: 500_000, slope: 0.03 })
    const result = await searchQuality({ encode: fake.encode, maxBytes: 64_000, start: 80, min: 40 })
    assert.equal(result.fits, false)
    assert.equal(fake.calls.at(-1), 40)
    assert.ok(result.encodes <= 3, `calls ${fake.calls}`)
  })
})
