/**
 * bench:media — the WeChat cover presets on a 24-megapixel JPEG, against a bare sharp
 * resize-and-encode of the same image, in the same run (rendition cache cleared every run).
 * Run: node --import tsx bench/media.ts
 */
import { clearRenditionCache, mediaPresets, prepareImage } from '../media'
import { bareResizeAndEncode } from '../media/testing/bareSharpPeer'
import { noisyPhotoJpeg } from '../media/testing/testImages'

// Same-run, interleaved timing, kept in this file so that the benchmark stands alone.
type Measurement = { runs: number; medianMillis: number; p90Millis: number; opsPerSecond: number; samples: number[] }

function percentile(args: { sorted: number[]; share: number }): number {
  const { sorted, share } = args
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

/**
 * Times candidates in interleaved rounds (A, B, C, A, B, C, …) after a warm-up, so that load
 * from other processes affects them alike; stops after `minMillis` and at least `minRuns`.
 */
async function measureInterleaved(args: {
  candidates: Record<string, () => unknown>
  minMillis: number
  minRuns?: number
  beforeEach?: () => void
}): Promise<Record<string, Measurement>> {
  const names = Object.keys(args.candidates)
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]]))
  for (const name of names) await args.candidates[name]()
  const started = performance.now()
  while (performance.now() - started < args.minMillis || samples[names[0]].length < (args.minRuns ?? 5)) {
    for (const name of names) {
      args.beforeEach?.()
      const start = performance.now()
      await args.candidates[name]()
      samples[name].push(performance.now() - start)
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = [...samples[name]].sort((a, b) => a - b)
      const median = percentile({ sorted: sorted, share: 0.5 })
      return [
        name,
        {
          runs: sorted.length,
          medianMillis: median,
          p90Millis: percentile({ sorted: sorted, share: 0.9 }),
          opsPerSecond: 1000 / median,
          samples: samples[name],
        },
      ]
    }),
  )
}

/** Median over rounds of (time of `peer` / time of `ours`) in the same round: >1 means ours is faster. */
function pairedSpeedRatio(args: { ours: Measurement; peer: Measurement }): number {
  const ratios = args.ours.samples.map((time, round) => args.peer.samples[round] / time).sort((a, b) => a - b)
  return percentile({ sorted: ratios, share: 0.5 })
}

function printTable(results: Record<string, Measurement>): void {
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(38)} median ${result.medianMillis.toFixed(2).padStart(9)} ms   p90 ${result.p90Millis.toFixed(2).padStart(9)} ms   ${result.opsPerSecond.toFixed(1).padStart(8)} ops/s   (${result.runs} runs)`,
    )
  }
}

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
