import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import sharp from 'sharp'
import { MediaError } from './mediaError'
import { mediaPresets, type MediaPreset } from './mediaPresets'
import { prepareImage } from './prepareImage'
import { bareResizeAndEncode } from './testing/bareSharpPeer'
import { bombPng, hostileSvg, markerJpeg, noisyPhotoJpeg, screenshotPng, transparentPng } from './testing/testImages'

type Sources = { photo24mp: Buffer; screenshot: Buffer; transparent: Buffer }
const sources = {} as Sources

before(async () => {
  sources.photo24mp = await noisyPhotoJpeg({ width: 6000, height: 4000, texture: 80 })
  sources.screenshot = await screenshotPng({ width: 1440, height: 2560 })
  sources.transparent = await transparentPng({ width: 2000, height: 1500 })
})

async function assertMeetsPreset(args: {
  output: Awaited<ReturnType<typeof prepareImage>>
  preset: MediaPreset
  label: string
}): Promise<void> {
  const { output, preset, label } = args
  const metadata = await sharp(output.buffer).metadata()
  assert.ok(output.bytes <= preset.maxBytes, `${label}: ${output.bytes} > ${preset.maxBytes}`)
  assert.equal(output.bytes, output.buffer.length)
  assert.equal(`image/${metadata.format}`, output.mime, label)
  if (preset.format === 'jpeg') assert.equal(output.mime, 'image/jpeg', label)
  assert.deepEqual([metadata.width, metadata.height], [output.width, output.height], label)
  assert.equal(metadata.exif, undefined, `${label}: EXIF kept`)
  assert.equal(metadata.icc, undefined, `${label}: ICC kept`)
  if (preset.size.fit === 'cover') {
    assert.ok(output.width <= preset.size.width && output.height <= preset.size.height, `${label}: ${output.width}×${output.height}`)
    const ratio = preset.size.width / preset.size.height
    assert.ok(Math.abs(output.width / output.height - ratio) / ratio < 0.01, `${label}: ratio ${output.width}×${output.height}`)
  } else {
    assert.ok(output.width <= preset.size.maxWidth, label)
  }
}

describe('prepareImage meets every preset', () => {
  for (const preset of Object.values(mediaPresets)) {
    for (const source of ['photo24mp', 'screenshot', 'transparent'] as const) {
      test(`${preset.id} from ${source}`, async () => {
        const output = await prepareImage({ input: sources[source], preset: preset.id })
        await assertMeetsPreset({ output, preset, label: `${preset.id}/${source}` })
      })
    }
  }

  test('a 24 MP detailed photo becomes an exact 900×383 WeChat cover, and a thumb under 64 KB by search', async () => {
    const cover = await prepareImage({ input: sources.photo24mp, preset: 'wechat-cover' })
    assert.deepEqual([cover.width, cover.height, cover.mime], [900, 383, 'image/jpeg'])
    const bare = await bareResizeAndEncode({
      input: sources.photo24mp,
      width: 900,
      height: 383,
      quality: mediaPresets['wechat-thumb'].quality.start,
    })
    assert.ok(bare.length > 64_000, 'the source should be too detailed for the start quality')
    const thumb = await prepareImage({ input: sources.photo24mp, preset: 'wechat-thumb' })
    assert.ok(thumb.bytes <= 64_000 && thumb.bytes > 64_000 * 0.8, `${thumb.bytes}`)
    assert.deepEqual([thumb.width, thumb.height, thumb.mime], [900, 383, 'image/jpeg'])
  })

  test('transparency is kept as PNG where PNG is allowed and flattened on white for JPEG', async () => {
    const png = await prepareImage({ input: sources.transparent, preset: 'wechat-body' })
    assert.equal(png.mime, 'image/png')
    assert.equal((await sharp(png.buffer).metadata()).hasAlpha, true)
    const jpeg = await prepareImage({ input: sources.transparent, preset: 'wechat-cover' })
    const { data } = await sharp(jpeg.buffer).raw().toBuffer({ resolveWithObject: true })
    const rightEdge = (jpeg.width - 1) * 3
    assert.ok(data[rightEdge] > 240 && data[rightEdge + 1] > 240 && data[rightEdge + 2] > 240, 'transparent edge not white')
  })

  test('a screenshot stays a crisp PNG when it fits', async () => {
    const output = await prepareImage({ input: sources.screenshot, preset: 'wechat-body' })
    assert.equal(output.mime, 'image/png')
  })
})

describe('prepareImage geometry', () => {
  test('the crop keeps the focal region', async () => {
    const input = await markerJpeg({ width: 3000, height: 1000, marker: { x: 85, y: 30, size: 120 } })
    const redShare = async (focalPoint?: { x: number; y: number }): Promise<number> => {
      const output = await prepareImage({ input, preset: 'wechat-cover-square', focalPoint })
      const { data, info } = await sharp(output.buffer).raw().toBuffer({ resolveWithObject: true })
      let red = 0
      for (let offset = 0; offset < data.length; offset += info.channels) if (data[offset] > 200 && data[offset + 1] < 60) red++
      return red / (info.width * info.height)
    }
    const expected = (120 * 120) / (1000 * 1000)
    assert.ok((await redShare({ x: 85, y: 30 })) > expected * 0.8)
    assert.equal(await redShare(), 0)
  })

  test('EXIF orientation is applied, then stripped', async () => {
    const input = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const output = await prepareImage({ input, preset: 'wechat-body' })
    assert.deepEqual([output.width, output.height], [200, 400])
    assert.equal((await sharp(output.buffer).metadata()).orientation, undefined)
  })
})

describe('prepareImage cache', () => {
  test('a repeat is served from the cache; another focal point is not', async () => {
    const input = await noisyPhotoJpeg({ width: 1200, height: 800 })
    const first = await prepareImage({ input, preset: 'wechat-cover' })
    const again = await prepareImage({ input, preset: 'wechat-cover' })
    const moved = await prepareImage({ input, preset: 'wechat-cover', focalPoint: { x: 10, y: 10 } })
    assert.deepEqual([first.cached, again.cached, moved.cached], [false, true, false])
    assert.ok(again.buffer.equals(first.buffer))
  })
})

describe('prepareImage refuses untrusted input with a clear error', () => {
  const refusal = async (input: Buffer, preset = 'wechat-body'): Promise<MediaError> => {
    try {
      await prepareImage({ input, preset })
    } catch (error) {
      assert.ok(error instanceof MediaError, String(error))
      assert.match(error.message, /[\u4e00-\u9fff]/)
      return error
    }
    throw new Error('expected a MediaError')
  }

  test('a 400 MP decompression bomb, without exhausting memory', async () => {
    const bomb = bombPng({ width: 20_000, height: 20_000 })
    const before = process.memoryUsage().rss
    const error = await refusal(bomb)
    assert.equal(error.code, 'image-too-many-pixels')
    assert.match(error.message, /20000×20000/)
    assert.ok(process.memoryUsage().rss - before < 100_000_000)
  })

  test('a truncated JPEG', async () => {
    const photo = await noisyPhotoJpeg({ width: 800, height: 600 })
    assert.equal((await refusal(photo.subarray(0, Math.floor(photo.length * 0.6)))).code, 'image-corrupt')
  })

  test('SVG, unknown bytes, empty input and an unknown preset', async () => {
    assert.equal((await refusal(hostileSvg)).code, 'image-svg-refused')
    assert.equal((await refusal(Buffer.from('<html><body>not an image</body></html>'))).code, 'image-format-not-allowed')
    assert.equal((await refusal(Buffer.alloc(0))).code, 'image-empty')
    assert.equal((await refusal(await screenshotPng({ width: 10, height: 10 }), 'no-such-preset')).code, 'preset-unknown')
  })
})
