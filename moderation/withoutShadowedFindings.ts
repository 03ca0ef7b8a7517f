import type { Finding, Severity } from './types'

const RANK: Record<Exclude<Severity, 'allow'>, number> = { warn: 1, review: 2, block: 3 }

/**
 * For display: drops each finding that lies inside another finding of higher severity (the `warn`
 * for 最 inside the `block` for 最佳). The scanner itself reports every occurrence; this is only a
 * presentation choice, so guards (block/review checks) should use the full list.
 */
export function withoutShadowedFindings(findings: readonly Finding[]): Finding[] {
  const bySpan = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  const open: Finding[] = [] // earlier findings whose span may still cover later ones
  for (const finding of bySpan) {
    while (open.length > 0 && open[open.length - 1].end <= finding.start) open.pop()
    const shadowed = open.some(
      (outer) => outer.start <= finding.start && outer.end >= finding.end && RANK[outer.severity] > RANK[finding.severity],
    )
    if (!shadowed) kept.push(finding)
    open.push(finding)
    open.sort((a, b) => b.end - a.end)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}
