'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { useState } from 'react'
import { ScriptTextarea } from '../ScriptControls'

/**
 * JSON fields edited as plain text. Payload's default editor loads Monaco from a CDN, which many
 * networks (and this product's users in China) cannot reach; a textarea always works.
 */
export function JsonField(props: JSONFieldClientProps) {
  const { path, field } = props
  const { value, setValue } = useField<unknown>({ path })
  const readOnly = Boolean(props.readOnly || field.admin?.readOnly)
  const [text, setText] = useState(() => (value === null || value === undefined ? '' : JSON.stringify(value, null, 2)))
  const [error, setError] = useState<string | null>(null)
  const label = typeof field.label === 'string' || (field.label && typeof field.label === 'object') ? field.label : field.name

  function onChange(next: string) {
    setText(next)
    if (next.trim() === '') {
      setError(null)
      return setValue(null)
    }
    try {
      setValue(JSON.parse(next))
      setError(null)
    } catch {
      setError('不是有效的 JSON：请检查引号、逗号和括号。')
    }
  }

  return (
    <div className="field-type json-field" style={{ marginBottom: 24 }}>
      <FieldLabel label={label} path={path} />
      <ScriptTextarea
        value={text}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        rows={Math.min(16, Math.max(3, text.split('\n').length))}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: 12 }}
      />
      {error && <div style={{ color: 'var(--theme-error-500)' }}>{error}</div>}
    </div>
  )
}
