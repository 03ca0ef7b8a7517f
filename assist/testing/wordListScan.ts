import type { Finding, ScanText } from '../types'

/**
 * A real, tiny scanner for tests: every occurrence of every word, by plain substring search. It stands in
 * for moderation's matcher (same Finding shape) without depending on the lexicon or the automaton.
 */
export function wordListScan(entries: Omit<Finding, 'start' | 'end'>[]): ScanText {
  return (text) => {
    const findings: Finding[] = []
    for (const entry of entries) {
      for (let start = text.indexOf(entry.word); start !== -1; start = text.indexOf(entry.word, start + 1)) {
        findings.push({ ...entry, start, end: start + entry.word.length })
      }
    }
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }
}

/** The advertising-law words the product's users worry about most (context.md), as a test lexicon. */
export const complianceScan = wordListScan([
  { word: '最低价', category: '广告法-绝对化用语', severity: 'block', replacement: '优惠价' },
  { word: '第一', category: '广告法-绝对化用语', severity: 'review', replacement: null },
  { word: '稳赚', category: '金融-收益承诺', severity: 'block', replacement: null },
  { word: '零风险', category: '金融-收益承诺', severity: 'block', replacement: null },
])
