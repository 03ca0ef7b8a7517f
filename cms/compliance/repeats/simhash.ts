/**
 * A 64-bit SimHash over weighted features (two independent 32-bit halves, so no BigInt), stored as 16
 * hex digits, and the Hamming distance between two. Pure.
 */
export function simhash64(features: readonly string[]): string {
  const weights = new Map<string, number>()
  for (const feature of features) weights.set(feature, (weights.get(feature) ?? 0) + 1)
  const high = new Array<number>(32).fill(0)
  const low = new Array<number>(32).fill(0)
  for (const [feature, weight] of weights) {
    const h = hash32({ text: feature, seed: 0x811c9dc5 })
    const l = hash32({ text: feature, seed: 0x9747b28c })
    for (let bit = 0; bit < 32; bit += 1) {
      high[bit] += (h >>> bit) & 1 ? weight : -weight
      low[bit] += (l >>> bit) & 1 ? weight : -weight
    }
  }
  return hex32(bitsOf(high)) + hex32(bitsOf(low))
}

export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value)
}

export function hammingDistance(a: string, b: string): number {
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
}

function bitsOf(sums: readonly number[]): number {
  let value = 0
  sums.forEach((sum, bit) => {
    if (sum > 0) value |= 1 << bit
  })
  return value >>> 0
}

function hex32(value: number): string {
  return value.toString(16).padStart(8, '0')
}

/** FNV-1a over UTF-16 code units with a seed, then murmur3's finaliser so every bit depends on every input bit. */
function hash32(args: { text: string; seed: number }): number {
  let h = args.seed >>> 0
  for (let i = 0; i < args.text.length; i += 1) {
    h ^= args.text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function popcount(value: number): number {
  let v = value >>> 0
  let count = 0
  while (v) {
    v &= v - 1
    count += 1
  }
  return count
}
