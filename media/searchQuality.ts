export type QualitySearchResult =
  { fits: true; buffer: Buffer; quality: number; encodes: number } | { fits: false; smallest: Buffer; encodes: number }

type Sample = { quality: number; bytes: number; buffer: Buffer }

/** Typical slope of ln(bytes) per quality step for JPEG and palette PNG between q40 and q90. */
const priorSlope = 0.03
/** Aim a little under the limit so that an estimate slightly off still fits. */
const targetShare = 0.95
/** A fitting encode this close to the limit is good enough: no further encode is worth it. */
const closeEnoughShare = 0.9
/** Stop once the best fitting quality is within this many steps of the smallest too-large one. */
const tolerance = 2
const maxEncodes = 7

/** The quality at which ln(bytes), taken as linear in quality through `a` and `b`, meets the target. */
function secant(args: { a: Sample; b: Sample; target: number; fallbackSlope: number }): number {
  const { a, b, target } = args
  const measured = a.quality === b.quality ? NaN : (Math.log(b.bytes) - Math.log(a.bytes)) / (b.quality - a.quality)
  const slope = measured > 0.002 ? measured : args.fallbackSlope
  return a.quality + (Math.log(target) - Math.log(a.bytes)) / slope
}

/**
 * The highest quality whose encoding is at most `maxBytes`, in few encodes: one at `start`
 * (done if it fits), then estimates from the sizes seen so far (a typical slope at first, then
 * the measured one), bracketing between the best fitting and the lowest non-fitting quality.
 * Not a blind loop: each encode narrows the bracket; at `min` it gives up so the caller can
 * downscale instead.
 */
export async function searchQuality(args: {
  encode: (quality: number) => Promise<Buffer>
  maxBytes: number
  start: number
  min: number
}): Promise<QualitySearchResult> {
  const { encode, maxBytes, start, min } = args
  const target = maxBytes * targetShare
  let encodes = 0
  const sample = async (quality: number): Promise<Sample> => {
    encodes++
    const buffer = await encode(quality)
    return { quality, bytes: buffer.length, buffer }
  }

  let high = await sample(start)
  if (high.bytes <= maxBytes) return { fits: true, buffer: high.buffer, quality: start, encodes }
  let previousHigh: Sample | null = null
  let low: Sample | null = null

  while (encodes < maxEncodes) {
    const estimate = low
      ? secant({ a: low, b: high, target, fallbackSlope: priorSlope })
      : secant({ a: high, b: previousHigh ?? high, target, fallbackSlope: priorSlope })
    const quality = Math.round(Math.min(Math.max(estimate, low ? low.quality + 1 : min), high.quality - 1))
    if (quality < min || (low && quality <= low.quality)) break
    const next = await sample(quality)
    if (next.bytes <= maxBytes) {
      low = next
      if (next.bytes >= maxBytes * closeEnoughShare) break
    } else {
      previousHigh = high
      high = next
      if (!low && quality === min) return { fits: false, smallest: next.buffer, encodes }
    }
    if (low && high.quality - low.quality <= tolerance) break
  }
  return low ? { fits: true, buffer: low.buffer, quality: low.quality, encodes } : { fits: false, smallest: high.buffer, encodes }
}
