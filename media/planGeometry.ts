import type { MediaPreset } from './mediaPresets'

export type FocalPoint = { x: number; y: number }

/**
 * Resize the whole image to `resize`, then (for cover presets) cut `extract` out of it; with
 * `extractFirst`, cut the window out of the source first and scale it to `resize` (an exact size).
 */
export type Geometry = {
  resize: { width: number; height: number } | null
  extract: { left: number; top: number; width: number; height: number } | null
  extractFirst?: true
  width: number
  height: number
}

function clamp(args: { value: number; min: number; max: number }): number {
  return Math.min(Math.max(args.value, args.min), args.max)
}

/**
 * Where to scale and cut. Cover: the largest window of the target ratio that fits the source,
 * scaled down (never up) to the target width, centred on the focal point (0–100 % of width and
 * height) and pushed back inside the image at the edges. Resizing before cutting lets sharp
 * shrink JPEGs while decoding, which is what keeps a 24 MP source fast.
 */
export function planGeometry(args: { source: { width: number; height: number }; size: MediaPreset['size']; focal: FocalPoint }): Geometry {
  const { source, size, focal } = args
  if (size.fit === 'inside') {
    const scale = Math.min(1, size.maxWidth / source.width, size.maxHeight ? size.maxHeight / source.height : 1)
    if (scale === 1) return { resize: null, extract: null, width: source.width, height: source.height }
    const width = Math.max(1, Math.round(source.width * scale))
    const height = Math.max(1, Math.round(source.height * scale))
    return { resize: { width, height }, extract: null, width, height }
  }
  const ratio = size.width / size.height
  const windowWidth = Math.min(source.width, source.height * ratio)
  if (size.enlarge) return exactWindow({ source, size, focal, windowWidth })
  const scale = Math.min(1, size.width / windowWidth)
  const scaled = { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) }
  const width = clamp({ value: Math.round(windowWidth * scale), min: 1, max: scaled.width })
  const height = clamp({ value: Math.round((windowWidth / ratio) * scale), min: 1, max: scaled.height })
  const left = clamp({ value: Math.round((focal.x / 100) * scaled.width - width / 2), min: 0, max: scaled.width - width })
  const top = clamp({ value: Math.round((focal.y / 100) * scaled.height - height / 2), min: 0, max: scaled.height - height })
  return { resize: scale === 1 ? null : scaled, extract: { left, top, width, height }, width, height }
}

/**
 * Cover at exactly the preset's size whatever the source's: the largest window of the ratio, centred
 * on the focal point and pushed back inside at the edges, cut from the source and then scaled (up
 * for a small source) to width × height.
 */
function exactWindow(args: {
  source: { width: number; height: number }
  size: { width: number; height: number }
  focal: FocalPoint
  windowWidth: number
}): Geometry {
  const { source, size, focal } = args
  const width = clamp({ value: Math.round(args.windowWidth), min: 1, max: source.width })
  const height = clamp({ value: Math.round((args.windowWidth * size.height) / size.width), min: 1, max: source.height })
  const left = clamp({ value: Math.round((focal.x / 100) * source.width - width / 2), min: 0, max: source.width - width })
  const top = clamp({ value: Math.round((focal.y / 100) * source.height - height / 2), min: 0, max: source.height - height })
  return {
    resize: { width: size.width, height: size.height },
    extract: { left, top, width, height },
    extractFirst: true,
    width: size.width,
    height: size.height,
  }
}
