import { CopyButton } from './CopyButton'
import { topicsLine, type StoredHandoffPackage } from './handoffPackage'

/** One text to paste: its name, 复制, and the text itself (selectable, for a long press when copying is refused). */
function CopyField(args: { label: string; text: string; testId: string; hint?: string }) {
  return (
    <div style={{ padding: '10px 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <strong>
          {args.label}
          {args.hint && <span style={{ fontWeight: 400, fontSize: 12, opacity: 0.7, marginLeft: 6 }}>{args.hint}</span>}
        </strong>
        <CopyButton text={args.text} testId={args.testId} />
      </div>
      <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', marginTop: 6, userSelect: 'text' }}>
        {args.text || <span style={{ opacity: 0.6 }}>（空）</span>}
      </div>
    </div>
  )
}

const count = (text: string) => `${Array.from(text).length} 字`

/** 标题, 正文（含话题）and 话题, each with its own 复制. */
export function HandoffFields({ pkg }: { pkg: StoredHandoffPackage }) {
  const topics = topicsLine(pkg.topics)
  return (
    <div>
      <CopyField label="标题" text={pkg.title} testId="handoff-copy-title" hint={count(pkg.title)} />
      <CopyField label="正文（含话题）" text={pkg.body} testId="handoff-copy-body" hint={count(pkg.body)} />
      {topics && <CopyField label="话题" text={topics} testId="handoff-copy-topics" hint={`${pkg.topics.length} 个`} />}
    </div>
  )
}
