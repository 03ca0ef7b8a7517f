import { buildAutomaton } from './buildAutomaton'
import { buildSymbolTable, packWords, UnitClass } from './buildSymbolTable'
import { collectFindings } from './collectFindings'
import { compileLexicon } from './compileLexicon'
import type { WordReport } from './compileLexicon'
import { lexiconVersion } from './lexiconVersion'
import { withReadableReplacements } from './readableReplacements'
import { createAutomatonRunner } from './runAutomaton'
import { createVariantRunner } from './runVariantPass'
import type { Finding, LexiconEntry, Matcher } from './types'

/**
 * Builds a matcher for a lexicon: entries are folded, respelled (pinyin, homophones, split
 * characters: extra words that report the same entry) and merged (compileLexicon), numbered into an
 * alphabet (buildSymbolTable), compiled into one Aho-Corasick automaton (buildAutomaton) that holds
 * both reportable and `allow` words, and wrapped in a one-pass scanner. Look-alike letters and
 * repeated characters are read by a second pass over only the few windows the first pass marks.
 * `version` defaults to a hash of the entries.
 */
export function buildMatcher(args: { entries: readonly LexiconEntry[]; version?: string }): Matcher {
  const words = compileLexicon(args.entries)
  const codePoints = words.map((word) => word.codePoints)
  const variants = words.some((word) => word.variantsAllowed)
  const symbols = buildSymbolTable(codePoints, variants)
  const automaton = buildAutomaton({ words: packWords({ table: symbols, words: codePoints }), alphabetSize: symbols.size })
  const wordLengths = new Int32Array(words.length)
  for (let k = 0; k < words.length; k++) wordLengths[k] = codePoints[k].length
  const run = createAutomatonRunner({ automaton, symbols, wordLengths })
  const runVariants = createVariantRunner({ automaton, symbols, wordLengths })
  // Keep only what findings need: the folded code points are not retained.
  const reports: WordReport[] = words.map(({ entry, allow, startClass, endClass, evasion, syllableEnds, variantsAllowed }) => ({
    entry,
    allow,
    startClass,
    endClass,
    evasion,
    syllableEnds,
    variantsAllowed,
  }))
  const { unitClass, variantUnitClass } = symbols
  /** The letter a look-alike stands for, as a folded code unit (0 when the unit stands for nothing). */
  const readAs = (unit: number): number => {
    if (unitClass[unit] !== UnitClass.standInLetter) return 0
    const symbol = variantUnitClass[unit]
    return symbol > 0 ? (symbolLetters[symbol] ?? 0) : 0
  }
  const symbolLetters: number[] = []
  for (let unit = 0x61; unit <= 0x7a; unit++) symbolLetters[symbols.bmpSymbol[unit]] = unit
  for (let unit = 0x30; unit <= 0x39; unit++) symbolLetters[symbols.bmpSymbol[unit]] = unit
  const findingsOf = (text: string): Finding[] => {
    const first = run(text)
    if (first.triggers.count === 0) return collectFindings({ text, hits: first.hits, words: reports })
    // The first pass's buffers are reused by the next scan only, so they stay valid through this one.
    const variantHits = runVariants(text, first.triggers)
    return collectFindings({ text, hits: first.hits, variantHits, readAs, words: reports })
  }
  return {
    version: args.version ?? lexiconVersion(args.entries),
    scan: (text: string) => withReadableReplacements({ text, findings: findingsOf(text), scan: findingsOf }),
  }
}
