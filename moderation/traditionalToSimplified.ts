import hkVariantsRev from 'opencc-js/dict/HKVariantsRev'
import tsCharacters from 'opencc-js/dict/TSCharacters'
import twVariantsRev from 'opencc-js/dict/TWVariantsRev'

/** Parses an OpenCC dictionary string ("from to|from to|...") into BMP code → BMP code pairs. */
function parseCharDict(dict: string): Map<number, number> {
  const map = new Map<number, number>()
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ')
    if (from === undefined || to === undefined) continue
    if (from.length !== 1 || to.length !== 1) continue // astral or phrase: not a one-unit mapping
    map.set(from.charCodeAt(0), to.charCodeAt(0))
  }
  return map
}

/**
 * Traditional → simplified Chinese, one BMP character at a time (OpenCC's TSCharacters, taking its
 * first candidate). Taiwan/Hong Kong variant forms (裡, 喫, 纔 ...) are first mapped to OpenCC's
 * standard traditional form, but only when that form then has a simplified counterpart, so a
 * simplified character that merely has a variant (么 → 幺) is left alone.
 */
export function buildTraditionalToSimplified(): Map<number, number> {
  const ts = parseCharDict(tsCharacters)
  const variants = parseCharDict(twVariantsRev)
  for (const [from, to] of parseCharDict(hkVariantsRev)) if (!variants.has(from)) variants.set(from, to)
  const result = new Map<number, number>(ts)
  for (const [variant, standard] of variants) {
    if (result.has(variant)) continue
    const simplified = ts.get(standard)
    if (simplified !== undefined) result.set(variant, simplified)
  }
  return result
}
