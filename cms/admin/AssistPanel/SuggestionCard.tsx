'use client'
import { useField } from '@payloadcms/ui'
import { excerptAround } from '../FindingsPanel/excerpt'

export type Suggestion = {
  text: string
  findings: { word: string; severity: 'block' | 'review' | 'warn'; start: number; end: number; replacement: string | null }[]
  issues: { message: string; severity: 'error' | 'warning' }[]
  meta?: { angle?: string }
}

/** One suggestion with its findings and issues; it reaches the document only through these buttons. */
export function SuggestionCard({ suggestion, task, onDiscard }: { suggestion: Suggestion; task: string; onDiscard: () => void }) {
  const body = useField<string>({ path: 'body' })
  const title = useField<string>({ path: 'title' })
  const digest = useField<string>({ path: 'digest' })
  const blocked = suggestion.issues.some((i) => i.severity === 'error') || suggestion.findings.some((f) => f.severity === 'block')
  const actions: { label: string; run: () => void }[] =
    task === 'titles'
      ? [{ label: '用作标题', run: () => title.setValue(suggestion.text) }]
      : task === 'digest'
        ? [{ label: '用作摘要', run: () => digest.setValue(suggestion.text) }]
        : [
            { label: '插入到正文末尾', run: () => body.setValue(`${body.value ?? ''}\n\n${suggestion.text}`) },
            { label: '替换正文', run: () => body.setValue(suggestion.text) },
          ]
  return (
    <div style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '8px 0' }}>
      {suggestion.meta?.angle && <div style={{ fontSize: 12, opacity: 0.7 }}>角度：{suggestion.meta.angle}</div>}
      <div style={{ whiteSpace: 'pre-wrap' }}>{suggestion.text}</div>
      {suggestion.findings.map((f, i) => {
        const parts = excerptAround({ text: suggestion.text, start: f.start, end: f.end, context: 8 })
        return (
          <div key={i} style={{ fontSize: 12, color: f.severity === 'block' ? 'var(--theme-error-500)' : 'var(--theme-warning-500)' }}>
            「{f.word}」{f.replacement ? `→ 建议「${f.replacement}」` : ''}：{parts.before}
            <mark>{parts.match}</mark>
            {parts.after}
          </div>
        )
      })}
      {suggestion.issues.map((issue, i) => (
        <div key={i} style={{ fontSize: 12, color: issue.severity === 'error' ? 'var(--theme-error-500)' : undefined }}>
          {issue.message}
        </div>
      ))}
      <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap' }}>
        {actions.map((a) => (
          <button key={a.label} type="button" className="btn btn--style-secondary btn--size-small" disabled={blocked} onClick={a.run}>
            {a.label}
          </button>
        ))}
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => void navigator.clipboard?.writeText(suggestion.text)}
        >
          复制
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onDiscard}>
          丢弃
        </button>
      </div>
      {blocked && <div style={{ fontSize: 12 }}>含禁用词或超出限制，不能直接插入：可复制后修改。</div>}
    </div>
  )
}
