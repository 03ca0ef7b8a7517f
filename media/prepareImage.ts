import { createHash } from 'node:crypto'
import { z } from 'zod'
import { encodeStepsFor, encodeToLimit } from './encodeToLimit'
import { MediaError } from './mediaError'
import { mediaPresets, type MediaPreset } from './mediaPresets'
import { planGeometry, type FocalPoint } from './planGeometry'
import type { RawImage } from './rawImage'
import { readImageHeader, type ImageHeader } from './readImageHeader'
import { renditionCache, type Rendition } from './renditionCache'
import { decodeFailure, untrustedSharp } from './untrustedSharp'

const focalPointSchema = z.object({ x: z.number().min(0).max(100), y: z.number().min(0).max(100) })
const mimeOf = { jpeg: 'image/jpeg', png: 'image/png' } as const

function presetById(id: string): MediaPreset {
  const preset = Object.hasOwn(mediaPresets, id) ? mediaPresets[id] : undefined
  if (!preset) throw new MediaError({ code: 'preset-unknown', message: `未知的图片规格“${id}”。` })
  return preset
}

async function decodeForPreset(args: {
  input: Buffer
  header: ImageHeader
  preset: MediaPreset
  focal: FocalPoint
  keepAlpha: boolean
}): Promise<RawImage> {
  const geometry = planGeometry({ source: args.header, size: args.preset.size, focal: args.focal })
  let pipeline = untrustedSharp(args.input)
  // sharp applies an extract called before resize to the source, one called after to the resized image.
  if (geometry.extractFirst && geometry.extract) pipeline = pipeline.extract(geometry.extract)
  if (geometry.resize) pipeline = pipeline.resize({ ...geometry.resize, fit: 'fill' })
  if (geometry.extract && !geometry.extractFirst) pipeline = pipeline.extract(geometry.extract)
  pipeline = args.keepAlpha ? pipeline.ensureAlpha() : pipeline.flatten({ background: args.preset.background })
  const { data, info } = await pipeline
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((cause: unknown) => Promise.reject(decodeFailure(cause)))
  return { data, width: info.width, height: info.height, channels: args.keepAlpha ? 4 : 3 }
}

async function render(args: { input: Buffer; preset: MediaPreset; focal: FocalPoint }): Promise<Rendition> {
  const header = await readImageHeader(args.input)
  const transparent = header.hasAlpha && args.preset.format === 'png-or-jpeg'
  const image = await decodeForPreset({ ...args, header, keepAlpha: transparent })
  const graphic = header.format === 'png' || header.format === 'gif'
  const encoded = await encodeToLimit({ image, preset: args.preset, steps: encodeStepsFor({ preset: args.preset, graphic, transparent }) })
  return {
    buffer: encoded.buffer,
    mime: mimeOf[encoded.format],
    width: encoded.width,
    height: encoded.height,
    bytes: encoded.buffer.length,
  }
}

/**
 * An untrusted image made into a platform rendition: checked, auto-oriented, cropped around the
 * focal point (0–100 %), converted, stripped of metadata (EXIF, ICC: pixels are re-encoded from
 * sRGB), and compressed until the preset's byte limit holds. Renditions are cached by source
 * hash + preset + focal point. Throws MediaError (Chinese message) for refused input.
 */
export async function prepareImage(args: {
  input: Buffer
  preset: string
  focalPoint?: FocalPoint
}): Promise<Rendition & { cached: boolean }> {
  const preset = presetById(args.preset)
  const focal = focalPointSchema.parse(args.focalPoint ?? { x: 50, y: 50 })
  const sourceHash = createHash('sha256').update(args.input).digest('hex')
  const focalKey = preset.size.fit === 'cover' ? `@${focal.x.toFixed(1)},${focal.y.toFixed(1)}` : ''
  const { value, cached } = await renditionCache.getOrCreate({
    key: `${sourceHash}:${preset.id}${focalKey}`,
    create: () => render({ input: args.input, preset, focal }),
  })
  return { ...value, cached }
}
