import type { Finding, Matcher } from './types'

/**
 * One matcher over a lexicon matcher and a small one of scoped rules (a campaign's banned phrasings),
 * so the large automaton is not rebuilt per campaign. The scoped rule comes first: where both report
 * the same word at the same place, its finding (and replacement) is the one kept.
 */
export function combineMatchers(args: { lexicon: Matcher; scoped: Matcher }): Matcher {
  const { lexicon, scoped } = args
  return {
    version: `${lexicon.version}+${scoped.version}`,
    scan: (text: string) => {
      const own = scoped.scan(text)
      if (own.length === 0) return lexicon.scan(text)
      const taken = new Set(own.map((finding) => `${finding.word}\u0000${finding.start}\u0000${finding.end}`))
      const rest = lexicon.scan(text).filter((finding) => !taken.has(`${finding.word}\u0000${finding.start}\u0000${finding.end}`))
      return [...own, ...rest].sort((a: Finding, b: Finding) => a.start - b.start || a.end - b.end)
    },
  }
}
