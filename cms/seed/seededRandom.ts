/**
 * A small seeded PRNG (mulberry32): the demo's month of numbers is the same on every install, so a
 * screenshot, a test and a colleague's screen agree. (The tests keep their own copy; the seed never
 * imports from tests/.)
 */
export type SeededRandom = { next(): number; between(min: number, max: number): number }

export function createRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, between: (min, max) => min + next() * (max - min) }
}
