import { buildAutomaton } from './buildAutomaton'
import { buildSymbolTable, packWords } from './buildSymbolTable'
import { collectFindings } from './collectFindings'
import { compileLexicon } from './compileLexicon'
import type { WordReport } from './compileLexicon'
import { lexiconVersion } from './lexiconVersion'
import { createAutomatonRunner } from './runAutomaton'
import type { LexiconEntry, Matcher } from './types'

/**
 * Builds a matcher for a lexicon: entries are folded and merged (compileLexicon), numbered into an
 * alphabet (buildSymbolTable), compiled into one Aho-Corasick automaton (buildAutomaton) that holds
 * both reportable and `allow` words, and wrapped in a one-pass scanner. `version` defaults to a
 * hash of the entries.
 */
export function buildMatcher(args: { entries: readonly LexiconEntry[]; version?: string }): Matcher {
  const words = compileLexicon(args.entries)
  const codePoints = words.map((word) => word.codePoints)
  const symbols = buildSymbolTable(codePoints)
  const automaton = buildAutomaton({ words: packWords({ table: symbols, words: codePoints }), alphabetSize: symbols.size })
  const wordLengths = new Int32Array(words.length)
  for (let k = 0; k < words.length; k++) wordLengths[k] = codePoints[k].length
  const run = createAutomatonRunner({ automaton, symbols, wordLengths })
  // Keep only what findings need: the folded code points are not retained.
  const reports: WordReport[] = words.map(({ entry, allow, startClass, endClass }) => ({ entry, allow, startClass, endClass }))
  return {
    version: args.version ?? lexiconVersion(args.entries),
    scan: (text: string) => collectFindings({ text, hits: run(text), words: reports }),
  }
}
