/**
 * What sensitive-word findings allow: blocking findings stop submit and approve; `review` findings
 * let an editor approve only with a written acknowledgement. Pure.
 */
export type GateFinding = { word: string; severity: 'block' | 'review' | 'warn'; field?: string; replacement?: string | null }

export function findingsRefusal(args: { gate: 'submit' | 'approve'; findings: GateFinding[]; acknowledge?: string | null }): string | null {
  const blocking = unique(args.findings.filter((f) => f.severity === 'block'))
  if (blocking.length > 0) {
    const action = args.gate === 'submit' ? '提交' : '审核通过'
    return `不能${action}：内容含有禁用词 ${blocking.map(describe).join('、')}。请修改后再${action}。`
  }
  if (args.gate === 'approve') {
    const review = unique(args.findings.filter((f) => f.severity === 'review'))
    if (review.length > 0 && !(args.acknowledge && args.acknowledge.trim().length >= 4)) {
      return `内容含有需人工确认的词语 ${review.map(describe).join('、')}。如确认无风险，请在“风险确认说明”中写明理由（至少 4 个字）后再审核通过。`
    }
  }
  return null
}

function describe(f: GateFinding): string {
  return f.replacement ? `「${f.word}」（建议改为「${f.replacement}」）` : `「${f.word}」`
}

function unique(findings: GateFinding[]): GateFinding[] {
  const seen = new Set<string>()
  return findings.filter((f) => (seen.has(f.word) ? false : (seen.add(f.word), true)))
}
