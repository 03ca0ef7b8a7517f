import { MediaError } from './mediaError'
import type { MediaPreset } from './mediaPresets'
import { encoders, shrinkRaw, type Encoded, type RawImage } from './rawImage'
import { searchQuality } from './searchQuality'

/** One way to encode: a single attempt, or a search on quality. */
export type EncodeStep =
  | { format: 'jpeg' | 'png'; kind: 'once'; encode: (args: { image: RawImage; preset: MediaPreset }) => Promise<Buffer> }
  | { format: 'jpeg' | 'png'; kind: 'search'; encode: (args: { image: RawImage; quality: number }) => Promise<Buffer> }

const losslessPng: EncodeStep = { format: 'png', kind: 'once', encode: ({ image }) => encoders.pngLossless(image) }
const palettePng: EncodeStep = {
  format: 'png',
  kind: 'once',
  encode: ({ image, preset }) => encoders.pngPalette({ image, quality: preset.quality.start }),
}
const jpeg: EncodeStep = { format: 'jpeg', kind: 'search', encode: encoders.jpeg }
const maxShrinkRounds = 4

/**
 * Which encodings to try, best first. Photos go straight to JPEG; graphics (PNG/GIF sources) and
 * transparent images try lossless PNG, then 256-colour PNG, and opaque ones JPEG last. The last
 * step is the one repeated on a smaller image when nothing fits.
 */
export function encodeStepsFor(args: { preset: MediaPreset; graphic: boolean; transparent: boolean }): EncodeStep[] {
  if (args.preset.format === 'jpeg') return [jpeg]
  if (args.transparent) return [losslessPng, palettePng]
  return args.graphic ? [losslessPng, palettePng, jpeg] : [jpeg]
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`
}

/** The smallest encoding a step produced, or its fitting one. */
async function runStep(args: {
  step: EncodeStep
  image: RawImage
  preset: MediaPreset
  start: number
}): Promise<{ fits: boolean; buffer: Buffer }> {
  const { step, image, preset } = args
  if (step.kind === 'once') {
    const buffer = await step.encode({ image, preset })
    return { fits: buffer.length <= preset.maxBytes, buffer }
  }
  const result = await searchQuality({
    encode: (quality) => step.encode({ image, quality }),
    maxBytes: preset.maxBytes,
    start: args.start,
    min: preset.quality.min,
  })
  return result.fits ? { fits: true, buffer: result.buffer } : { fits: false, buffer: result.smallest }
}

/**
 * Encodes pixels to at most `preset.maxBytes`: each step in order, then, if even the last
 * step's smallest result is too large, shrinks the image by the square root of the size ratio
 * (bytes follow pixel count) and runs the last step again, down to `preset.minWidth`.
 */
export async function encodeToLimit(args: { image: RawImage; preset: MediaPreset; steps: EncodeStep[] }): Promise<Encoded> {
  const { preset, steps } = args
  let image = args.image
  let start = preset.quality.start
  for (let round = 0; round <= maxShrinkRounds; round++) {
    let smallest = Infinity
    for (const step of round === 0 ? steps : steps.slice(-1)) {
      const result = await runStep({ step, image, preset, start })
      if (result.fits) return { buffer: result.buffer, format: step.format, width: image.width, height: image.height }
      smallest = result.buffer.length
    }
    const width = Math.floor(image.width * Math.min(0.95, Math.sqrt(preset.maxBytes / smallest) * 0.9))
    if (!(width >= preset.minWidth)) break
    image = await shrinkRaw({ image, width })
    start = Math.round((preset.quality.start + preset.quality.min) / 2)
  }
  throw new MediaError({
    code: 'limit-unreachable',
    message: `无法把图片压缩到 ${formatBytes(preset.maxBytes)} 以内（已降到最低画质和最小宽度 ${preset.minWidth}px），请换一张细节少一些的图片。`,
  })
}
