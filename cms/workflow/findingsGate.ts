/**
 * What sensitive-word findings allow: blocking findings stop submit and approve; `review` findings
 * let an editor approve only with a written acknowledgement. Pure.
 */
export type GateFinding = {
  word: string
  severity: 'block' | 'review' | 'warn'
  field?: string
  replacement?: string | null
  /** For a word read inside an image: which image, e.g. 封面图片 a.png. */
  image?: string
  /** Said instead of the word, for what is not a word (an image whose text could not be read, a repeat of another item). */
  note?: string
}

// A text can hold hundreds of distinct words; the message names enough to start fixing and counts the rest.
const NAMED_WORDS = 20

export function findingsRefusal(args: { gate: 'submit' | 'approve'; findings: GateFinding[]; acknowledge?: string | null }): string | null {
  const blocking = unique(args.findings.filter((f) => f.severity === 'block'))
  if (blocking.length > 0) {
    const action = args.gate === 'submit' ? '提交' : '审核通过'
    return `不能${action}：${listed(blocking, '内容含有禁用词')}。请修改后再${action}。`
  }
  if (args.gate === 'approve') {
    const review = unique(args.findings.filter((f) => f.severity === 'review'))
    if (review.length > 0 && !(args.acknowledge && args.acknowledge.trim().length >= 4)) {
      return `${listed(review, '内容含有需人工确认的词语')}。如确认无风险，请在“风险确认说明”中写明理由（至少 4 个字）后再审核通过。`
    }
  }
  return null
}

const SEVERITY_LABEL: Record<GateFinding['severity'], string> = { block: '禁止', review: '需人工确认', warn: '提示' }

/** Words of the text after `lead`; words read in images each as 封面图片 a.png 中识别出「…」（禁止）. */
function listed(findings: GateFinding[], lead: string): string {
  const inText = findings.filter((f) => !f.image && !f.note)
  const inImages = findings.filter((f) => f.image)
  // What is not a word of the text says itself (a repeat: 与《…》相似度 86%).
  const said = findings.filter((f) => !f.image && f.note)
  const parts = inText.length > 0 ? [`${lead} ${named(inText)}`] : []
  if (said.length > 0) parts.push(said.map((f) => f.note).join('、'))
  if (inImages.length > 0) {
    const shown = inImages.slice(0, NAMED_WORDS).map(describeInImage).join('、')
    parts.push(inImages.length > NAMED_WORDS ? `${shown} 等 ${inImages.length} 处` : shown)
  }
  return parts.join('；')
}

function describeInImage(f: GateFinding): string {
  return f.note ?? `${f.image} 中识别出「${f.word}」（${SEVERITY_LABEL[f.severity]}）`
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
  const key = (f: GateFinding) => `${f.image ?? ''}\u0000${f.word}`
  return findings.filter((f) => (seen.has(key(f)) ? false : (seen.add(key(f)), true)))
}
