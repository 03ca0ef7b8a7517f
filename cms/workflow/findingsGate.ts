/**
 * What sensitive-word findings allow: blocking findings stop submit and approve; `review` findings
 * let an editor approve only with a written acknowledgement. Pure.
 */
export type GateFinding = { word: string; severity: 'block' | 'review' | 'warn'; field?: string; replacement?: string | null }

// A text can hold hundreds of distinct words; the message names enough to start fixing and counts the rest.
const NAMED_WORDS = 20

export function findingsRefusal(args: { gate: 'submit' | 'approve'; findings: GateFinding[]; acknowledge?: string | null }): string | null {
  const blocking = unique(args.findings.filter((f) => f.severity === 'block'))
  if (blocking.length > 0) {
    const action = args.gate === 'submit' ? '提交' : '审核通过'
    return `不能${action}：内容含有禁用词 ${named(blocking)}。请修改后再${action}。`
  }
  if (args.gate === 'approve') {
    const review = unique(args.findings.filter((f) => f.severity === 'review'))
    if (review.length > 0 && !(args.acknowledge && args.acknowledge.trim().length >= 4)) {
      return `内容含有需人工确认的词语 ${named(review)}。如确认无风险，请在“风险确认说明”中写明理由（至少 4 个字）后再审核通过。`
    }
  }
  return null
}

function named(findings: GateFinding[]): string {
  const listed = findings.slice(0, NAMED_WORDS).map(describe).join('、')
  return findings.length > NAMED_WORDS ? `${listed} 等 ${findings.length} 个词语` : listed
}

function describe(f: GateFinding): string {
  return f.replacement ? `「${f.word}」（建议改为「${f.replacement}」）` : `「${f.word}」`
}

function unique(findings: GateFinding[]): GateFinding[] {
  const seen = new Set<string>()
  return findings.filter((f) => (seen.has(f.word) ? false : (seen.add(f.word), true)))
}
