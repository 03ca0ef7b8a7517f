import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

/** A fast seeded generator of bytes for grain (xorshift32). */
function grain(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state >>> 0
  }
}

/**
 * Photo-like pixels, detailed at every scale so that compression stays hard after downscaling:
 * a colour gradient with waves, a random texture of ±`texture` in blocks about 1/600 of the width, and
 * grain of ±`grainAmount`. RGB, or RGBA opaque inside a centred ellipse only.
 */
function photoPixels(args: {
  width: number
  height: number
  channels: 3 | 4
  grainAmount: number
  texture?: number
  seed?: number
}): Buffer {
  const { width, height, channels, grainAmount } = args
  const pixels = new Uint8ClampedArray(width * height * channels)
  const next = grain(args.seed ?? 42)
  const span = grainAmount * 2 + 1
  const blockSize = Math.max(2, Math.round(width / 600))
  const blocksAcross = Math.ceil(width / blockSize)
  const textureAmount = args.texture ?? 48
  const texture = new Int16Array(blocksAcross * Math.ceil(height / blockSize)).map(() => (next() % (2 * textureAmount + 1)) - textureAmount)
  const blockOfColumn = Int32Array.from({ length: width }, (_, x) => Math.floor(x / blockSize))
  const sinColumn = Float64Array.from({ length: width }, (_, x) => Math.sin((x / width) * 9))
  const cosColumn = Float64Array.from({ length: width }, (_, x) => Math.cos((x / width) * 9))
  let offset = 0
  let state = next()
  for (let y = 0; y < height; y++) {
    const fy = y / height
    const sinRow = Math.sin(fy * 5)
    const cosRow = Math.cos(fy * 5)
    const blockRow = Math.floor(y / blockSize) * blocksAcross
    for (let x = 0; x < width; x++) {
      const fx = x / width
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      const noise = state >>> 0
      const shade = 40 * (sinColumn[x] * cosRow + cosColumn[x] * sinRow) + texture[blockRow + blockOfColumn[x]]
      pixels[offset] = 40 + 170 * fx + shade + ((noise & 0xff) % span) - grainAmount
      pixels[offset + 1] = 60 + 150 * fy - shade + (((noise >>> 8) & 0xff) % span) - grainAmount
      pixels[offset + 2] = 200 - 120 * fx * fy + shade + (((noise >>> 16) & 0xff) % span) - grainAmount
      if (channels === 4) {
        const distance = Math.hypot((fx - 0.5) / 0.42, (fy - 0.5) / 0.4)
        pixels[offset + 3] = 255 * Math.min(1, Math.max(0, (1 - distance) * 20))
      }
      offset += channels
    }
  }
  return Buffer.from(pixels.buffer)
}

/** A photo-like JPEG (a 24 MP one is several MB, like a camera's). */
export async function noisyPhotoJpeg(args: {
  width: number
  height: number
  grain?: number
  texture?: number
  quality?: number
}): Promise<Buffer> {
  const pixels = photoPixels({ width: args.width, height: args.height, channels: 3, grainAmount: args.grain ?? 12, texture: args.texture })
  return sharp(pixels, { raw: { width: args.width, height: args.height, channels: 3 } })
    .jpeg({ quality: args.quality ?? 90, optimiseCoding: false })
    .toBuffer()
}

/** A screenshot-like PNG: flat panels and thin "text" lines. */
export async function screenshotPng(args: { width: number; height: number }): Promise<Buffer> {
  const { width, height } = args
  const pixels = Buffer.alloc(width * height * 3, 0xff)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3
      const header = y < height / 10
      const line = y % 24 < 3 && x % 200 < 150 && !header
      const value = header ? [0x1e, 0x80, 0xff] : line ? [0x33, 0x33, 0x33] : (x ^ y) % 97 === 0 ? [0xe0, 0x40, 0x40] : [0xfa, 0xfa, 0xfa]
      pixels.set(value, offset)
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
}

/** A product cut-out: photo-like content in a soft-edged ellipse, fully transparent around it. */
export async function transparentPng(args: { width: number; height: number; grain?: number }): Promise<Buffer> {
  const pixels = photoPixels({ width: args.width, height: args.height, channels: 4, grainAmount: args.grain ?? 6 })
  return sharp(pixels, { raw: { width: args.width, height: args.height, channels: 4 } })
    .png()
    .toBuffer()
}

/** Flat grey with a pure red square centred at (x %, y %), to check that crops keep it. */
export async function markerJpeg(args: { width: number; height: number; marker: { x: number; y: number; size: number } }): Promise<Buffer> {
  const { marker } = args
  const square = await sharp({ create: { width: marker.size, height: marker.size, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer()
  return sharp({ create: { width: args.width, height: args.height, channels: 3, background: '#808080' } })
    .composite([
      {
        input: square,
        left: Math.round((marker.x / 100) * args.width - marker.size / 2),
        top: Math.round((marker.y / 100) * args.height - marker.size / 2),
      },
    ])
    .jpeg({ quality: 95 })
    .toBuffer()
}

function pngChunk(args: { type: string; data: Buffer }): Buffer {
  const { type, data } = args
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, checksum])
}

/**
 * A decompression bomb: a valid 1-bit greyscale PNG of width×height whose all-zero pixel data
 * deflates to almost nothing (20000×20000 = 400 MP in about 50 KB). With `rows`, only that many
 * rows of data are included (a bomb header over truncated data).
 */
export function bombPng(args: { width: number; height: number; rows?: number }): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(args.width, 0)
  header.writeUInt32BE(args.height, 4)
  header.set([1, 0, 0, 0, 0], 8)
  const rowBytes = Math.ceil(args.width / 8) + 1
  const data = deflateSync(Buffer.alloc(rowBytes * (args.rows ?? args.height)), { level: 9 })
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    pngChunk({ type: 'IHDR', data: header }),
    pngChunk({ type: 'IDAT', data }),
    pngChunk({ type: 'IEND', data: Buffer.alloc(0) }),
  ])
}

/** An animated GIF of `frames` distinct small frames (a dot moving over black). */
export async function animatedGif(args: { frames: number; size: number }): Promise<Buffer> {
  const { frames, size } = args
  const pixels = Buffer.alloc(size * size * frames * 3)
  for (let frame = 0; frame < frames; frame++) {
    const dot = (frame * size * size + (frame % (size * size))) * 3
    pixels.fill(255, dot, dot + 3)
  }
  return sharp(pixels, { raw: { width: size, height: size * frames, channels: 3, pageHeight: size } })
    .gif()
    .toBuffer()
}

export const hostileSvg = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100" onload="alert(1)"><image xlink:href="http://169.254.169.254/latest/meta-data" width="100" height="100"/></svg>',
)
