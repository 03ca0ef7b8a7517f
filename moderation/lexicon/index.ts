import type { LexiconEntry } from '../types'
import { advertisingAbsolute } from './advertisingAbsolute'
import { advertisingAuthority } from './advertisingAuthority'
import { advertisingInducement } from './advertisingInducement'
import { allowList } from './allowList'
import { educationAndPropertyPromises } from './educationAndPropertyPromises'
import { financialPromises } from './financialPromises'
import { fraudAndSpam } from './fraudAndSpam'
import { gambling } from './gambling'
import { healthAndCosmeticsClaims } from './healthAndCosmeticsClaims'
import { illegalGoods } from './illegalGoods'
import { medicalClaims } from './medicalClaims'
import { withPinyinChoices } from './pinyinChoices'
import { restrictedAndEnvironment } from './restrictedAndEnvironment'
import { superstitionAndSymbols } from './superstitionAndSymbols'
import { trafficDiversion } from './trafficDiversion'
import { vulgarity } from './vulgarity'

/**
 * The shipped lexicon for Chinese marketing compliance: seeds the `sensitive-words` collection and
 * is the fallback when it is empty. Every word is distinct after folding, and a compound is only
 * listed when it is more severe than the words it contains, or to carry a pinyin spelling its parts
 * cannot (稳赚不赔: wenzhuanbupei, wzbp) (defaultLexicon.test.ts checks both). Which entries match
 * pinyin is decided in pinyinChoices.ts; every entry matches variants (homophones, look-alikes, split
 * and repeated characters) from ../variants/.
 */
export const defaultLexicon: LexiconEntry[] = withPinyinChoices([
  ...advertisingAbsolute,
  ...advertisingAuthority,
  ...advertisingInducement,
  ...financialPromises,
  ...medicalClaims,
  ...healthAndCosmeticsClaims,
  ...educationAndPropertyPromises,
  ...superstitionAndSymbols,
  ...gambling,
  ...fraudAndSpam,
  ...trafficDiversion,
  ...illegalGoods,
  ...vulgarity,
  ...restrictedAndEnvironment,
  ...allowList,
])

/** Bump when the shipped lexicon changes, so cached matchers built from it are rebuilt. */
export const defaultLexiconVersion = 'default-2026.12'
