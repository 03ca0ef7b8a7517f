'use client'
import { useField, useForm } from '@payloadcms/ui'
import { useState } from 'react'
import { excerptAround } from '../FindingsPanel/excerpt'
import { type SuggestionAction, suggestionActions, variantText } from './suggestionActions'
import { ScriptButton } from '../ScriptControls'

export type Suggestion = {
  text: string
  findings: { word: string; severity: 'block' | 'review' | 'warn'; start: number; end: number; replacement: string | null }[]
  issues: { message: string; severity: 'error' | 'warning' }[]
  meta?: { angle?: string; offline?: boolean }
}

/** One suggestion with its findings and issues; it reaches the document only through the buttons that fit its task. */
export function SuggestionCard({
  suggestion,
  task,
  platform,
  platformLabel,
  onDiscard,
}: {
  suggestion: Suggestion
  task: string
  platform: string
  platformLabel: string
  onDiscard: () => void
}) {
  const body = useField<string>({ path: 'body' })
  const title = useField<string>({ path: 'title' })
  const digest = useField<string>({ path: 'digest' })
  const { addFieldRow, dispatchFields, getDataByPath, setModified } = useForm()
  const [done, setDone] = useState<string | null>(null)
  const blocked = suggestion.issues.some((i) => i.severity === 'error') || suggestion.findings.some((f) => f.severity === 'block')

  /** Into the platform's row of 分平台改写: its existing row is updated, else a row is added. */
  function saveVariant(action: Extract<SuggestionAction, { kind: 'save-variant' }>) {
    const value = variantText({ text: suggestion.text, field: action.field })
    const rows = (getDataByPath('variants') as { platform?: unknown }[] | undefined) ?? []
    const index = rows.findIndex((row) => row?.platform === action.platform)
    if (index >= 0) {
      dispatchFields({ type: 'UPDATE', path: `variants.${index}.${action.field}`, value })
      setModified(true)
    } else
      addFieldRow({
        path: 'variants',
        schemaPath: 'variants',
        rowIndex: rows.length,
        subFieldState: {
          platform: { value: action.platform, initialValue: action.platform, valid: true },
          [action.field]: { value, initialValue: value, valid: true },
        },
      })
  }
  function apply(action: SuggestionAction) {
    if (action.kind === 'use-title') title.setValue(suggestion.text)
    else if (action.kind === 'use-digest') digest.setValue(suggestion.text)
    else if (action.kind === 'save-variant') saveVariant(action)
    else if (action.kind === 'append-body') body.setValue(`${body.value ?? ''}\n\n${suggestion.text}`)
    else body.setValue(suggestion.text)
    setDone(action.kind === 'save-variant' ? '已放入「分平台改写」，保存后生效。' : '已填入，保存后生效。')
  }
  const actions = suggestionActions({ task, platform, platformLabel })
  return (
    <div style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '8px 0' }}>
      {suggestion.meta?.offline && (
        <span
          data-testid="assist-offline-badge"
          style={{ fontSize: 12, padding: '0 6px', borderRadius: 3, background: 'var(--theme-elevation-100)' }}
        >
          离线建议
        </span>
      )}
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
        {actions.map((action) => (
          <ScriptButton
            key={action.label}
            className="btn btn--style-secondary btn--size-small"
            disabled={blocked}
            onClick={() => apply(action)}
          >
            {action.label}
          </ScriptButton>
        ))}
        <ScriptButton
          className="btn btn--style-secondary btn--size-small"
          onClick={() => void navigator.clipboard?.writeText(suggestion.text)}
        >
          复制
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={onDiscard}>
          丢弃
        </ScriptButton>
      </div>
      {done && <div style={{ fontSize: 12 }}>{done}</div>}
      {blocked && <div style={{ fontSize: 12 }}>含禁用词或超出限制，不能直接插入：可复制后修改。</div>}
    </div>
  )
}
