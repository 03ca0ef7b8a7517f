import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import sharp from 'sharp'
import { prepareImage } from './prepareImage'
import { markerJpeg } from './testing/testImages'

/** Share of the output's pixels that are the marker's pure red. */
async function redShare(buffer: Buffer): Promise<number> {
  const { data, info } = await sharp(buffer).raw().toBuffer({ resolveWithObject: true })
  let red = 0
  for (let offset = 0; offset < data.length; offset += info.channels) if (data[offset] > 200 && data[offset + 1] < 60) red++
  return red / (info.width * info.height)
}

describe('xiaohongshu-note: every picture exactly 1080×1440 JPEG, cut around the focal point', () => {
  test('small, wide, tall and huge sources all come out 1080×1440', async () => {
    for (const [width, height] of [
      [400, 300],
      [1080, 1440],
      [3000, 1000],
      [900, 2400],
      [4000, 3000],
    ] as const) {
      const input = await markerJpeg({ width, height, marker: { x: 50, y: 50, size: 20 } })
      const output = await prepareImage({ input, preset: 'xiaohongshu-note' })
      const metadata = await sharp(output.buffer).metadata()
      assert.deepEqual([metadata.format, metadata.width, metadata.height], ['jpeg', 1080, 1440], `${width}×${height}`)
      assert.equal(output.mime, 'image/jpeg')
    }
  })

  test('an off-centre focal point keeps its subject in the crop; the centre crop loses it', async () => {
    const input = await markerJpeg({ width: 3000, height: 1000, marker: { x: 88, y: 50, size: 300 } })
    const around = await prepareImage({ input, preset: 'xiaohongshu-note', focalPoint: { x: 88, y: 50 } })
    const centred = await prepareImage({ input, preset: 'xiaohongshu-note' })
    assert.ok((await redShare(around.buffer)) > 0.05, 'the marker is in the focal crop')
    assert.equal(await redShare(centred.buffer), 0, 'a centre crop would have cut it off')
  })
})
