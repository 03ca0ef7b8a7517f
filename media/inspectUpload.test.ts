import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import sharp from 'sharp'
import { inspectUpload } from './inspectUpload'
import { animatedGif, bombPng, hostileSvg, noisyPhotoJpeg, screenshotPng } from './testing/testImages'

const sample = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })
const chinese = /[\u4e00-\u9fff]/

describe('inspectUpload accepts the allowed decoders', () => {
  for (const format of ['jpeg', 'png', 'webp', 'gif', 'avif'] as const) {
    test(format, async () => {
      const input = await sample().toFormat(format).toBuffer()
      assert.deepEqual(await inspectUpload({ input, mime: `image/${format}` }), { ok: true, width: 64, height: 48, format })
    })
  }

  test('reports the real format when the declared type is another allowed one', async () => {
    const input = await sample().png().toBuffer()
    assert.deepEqual(await inspectUpload({ input, mime: 'image/jpeg' }), { ok: true, width: 64, height: 48, format: 'png' })
  })

  test('an animated GIF within the frame cap', async () => {
    const result = await inspectUpload({ input: await animatedGif({ frames: 20, size: 16 }) })
    assert.deepEqual(result, { ok: true, width: 16, height: 16, format: 'gif' })
  })
})

describe('inspectUpload refuses, with a Chinese message', () => {
  const refused = async (input: Buffer, mime?: string): Promise<string> => {
    const result = await inspectUpload({ input, mime })
    assert.equal(result.ok, false)
    if (result.ok) throw new Error('unreachable')
    assert.match(result.message, chinese)
    return result.message
  }

  test('a declared type outside the allow-list', async () => {
    assert.match(await refused(await sample().png().toBuffer(), 'image/svg+xml'), /image\/svg\+xml/)
    await refused(await sample().tiff().toBuffer(), 'image/tiff')
  })

  test('SVG bytes, whatever they claim to be', async () => {
    assert.match(await refused(hostileSvg, 'image/png'), /SVG/)
    assert.match(await refused(Buffer.from(`\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>`)), /SVG/)
  })

  test('decoders outside the allow-list (TIFF) and HEIC', async () => {
    await refused(await sample().tiff().toBuffer())
    const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')])
    assert.match(await refused(heicHeader), /HEIC/)
  })

  test('a decompression bomb, from its header alone', async () => {
    const message = await refused(bombPng({ width: 100_000, height: 100_000, rows: 4 }))
    assert.match(message, /100000×100000/)
    assert.match(message, /约 100 亿像素）超过上限 4000 万像素/)
  })

  test('a truncated JPEG (found by decoding, not by the header)', async () => {
    const photo = await noisyPhotoJpeg({ width: 1200, height: 800 })
    assert.match(await refused(photo.subarray(0, Math.floor(photo.length / 2))), /已损坏或不完整.*请在原软件中重新导出后再上传/)
  })

  test('a PNG with a damaged chunk', async () => {
    const png = Buffer.from(await screenshotPng({ width: 200, height: 200 }))
    png[png.length - 20] ^= 0xff
    await refused(png)
  })

  test('too many frames, and empty input', async () => {
    assert.match(await refused(await animatedGif({ frames: 400, size: 8 })), /400 帧/)
    assert.match(await refused(Buffer.alloc(0)), /为空/)
  })
})
