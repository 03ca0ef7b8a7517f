/**
 * bench:media — the WeChat cover presets on a 24-megapixel JPEG, against a bare sharp
 * resize-and-encode of the same image, in the same run (rendition cache cleared every run).
 * Run: node --import tsx bench/media.ts
 */
import { clearRenditionCache, mediaPresets, prepareImage } from '../media'
import { bareResizeAndEncode } from '../media/testing/bareSharpPeer'
import { noisyPhotoJpeg } from '../media/testing/testImages'
import { measureInterleaved, pairedSpeedRatio, printTable } from './measure'

const sources = {
  'noisy photo': await noisyPhotoJpeg({ width: 6000, height: 4000 }),
  'highly detailed photo': await noisyPhotoJpeg({ width: 6000, height: 4000, texture: 80 }),
}
const cases = [
  { presetId: 'wechat-cover', source: 'noisy photo' },
  { presetId: 'wechat-thumb', source: 'noisy photo' },
  { presetId: 'wechat-thumb', source: 'highly detailed photo' },
] as const

for (const { presetId, source } of cases) {
  const input = sources[source]
  const preset = mediaPresets[presetId]
  if (preset.size.fit !== 'cover') throw new Error(`${presetId} is not a cover preset`)
  const { width, height } = preset.size
  const ours = await prepareImage({ input, preset: presetId })
  const bare = await bareResizeAndEncode({ input, width, height, quality: preset.quality.start })
  console.log(
    `\n${presetId} (${width}×${height}, ≤ ${preset.maxBytes} bytes) from a 6000×4000 ${source} JPEG of ${(input.length / 1_000_000).toFixed(1)} MB`,
  )
  console.log(
    `  ours: ${ours.width}×${ours.height}, ${ours.bytes} bytes; bare sharp q${preset.quality.start}: ${bare.length} bytes${bare.length > preset.maxBytes ? ' (over the limit)' : ''}`,
  )
  const results = await measureInterleaved({
    candidates: {
      [`ours: prepareImage ${presetId}`]: () => prepareImage({ input, preset: presetId }),
      'bare sharp resize + jpeg': () => bareResizeAndEncode({ input, width, height, quality: preset.quality.start }),
    },
    minMillis: 8_000,
    minRuns: 25,
    beforeEach: clearRenditionCache,
  })
  printTable(results)
  const ratio = pairedSpeedRatio({ ours: results[`ours: prepareImage ${presetId}`], peer: results['bare sharp resize + jpeg'] })
  console.log(
    `  ours vs bare sharp: ${ratio.toFixed(2)}× its speed (target ≥ 0.9×, compression to the limit included; median of per-round ratios)`,
  )
}
