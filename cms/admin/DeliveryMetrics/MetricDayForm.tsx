'use client'
import { useEffect, useRef, useState } from 'react'
import {
  apiErrorMessage,
  emptyValues,
  fieldLabel,
  fieldUnit,
  FORM_FIELDS,
  type FormValues,
  type MetricRowView,
  numbersOf,
  valuesOf,
} from './metricDayModel'
import { ScriptButton, ScriptInput, ScriptSelect } from '../ScriptControls'

type Props = {
  deliveryId: string | number
  articles: { position: number; title: string }[]
  rows: MetricRowView[]
  /** The day and article the form opens on (yesterday, the lead; or the row picked in the table). */
  start: { date: string; position: number }
  onSaved: () => void
}

const inputStyle = { width: '100%', padding: '4px 6px', border: '1px solid var(--theme-elevation-250)', borderRadius: 3 }

/** One day of one article: the numbers the platform shows, added or corrected through REST /api/post-metrics. */
export function MetricDayForm({ deliveryId, articles, rows, start, onSaved }: Props) {
  const [date, setDate] = useState(start.date)
  const [position, setPosition] = useState(start.position)
  const [values, setValues] = useState<FormValues>(emptyValues)
  const [error, setError] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const existing = rows.find((row) => row.date === date && (row.position ?? 1) === position)

  useEffect(() => {
    setDate(start.date)
    setPosition(start.position)
  }, [start])
  // A stored day opens with its numbers; moving off it clears them, but numbers typed for a new day stay when the date is changed.
  const shown = useRef<MetricRowView | undefined>(undefined)
  useEffect(() => {
    if (existing) setValues(valuesOf(existing))
    else if (shown.current) setValues(emptyValues())
    shown.current = existing
    setError(null)
  }, [existing])

  async function save() {
    setNote(null)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('请选择日期')
    const read = numbersOf(values)
    if (!read.ok) return setError(read.message)
    setBusy(true)
    const response = await fetch(existing ? `/api/post-metrics/${existing.id}` : '/api/post-metrics', {
      method: existing ? 'PATCH' : 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(existing ? { ...read.numbers, source: 'manual' } : { delivery: deliveryId, position, date, ...read.numbers }),
    }).catch(() => null)
    setBusy(false)
    if (response === null) return setError('网络错误，请稍后重试')
    if (!response.ok) return setError(apiErrorMessage({ status: response.status, body: await response.json().catch(() => null) }))
    setError(null)
    setNote(existing ? `已更正 ${date} 的数据` : `已添加 ${date} 的数据`)
    onSaved()
  }

  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12 }}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end', marginBottom: 8 }}>
        <label style={{ fontSize: 13 }}>
          日期
          <ScriptInput type="date" value={date} onChange={(e) => setDate(e.target.value)} style={inputStyle} />
        </label>
        {articles.length > 1 && (
          <label style={{ fontSize: 13 }}>
            第几篇
            <ScriptSelect value={position} onChange={(e) => setPosition(Number(e.target.value))} style={inputStyle}>
              {articles.map((article) => (
                <option key={article.position} value={article.position}>
                  第 {article.position} 篇 · {article.title}
                </option>
              ))}
            </ScriptSelect>
          </label>
        )}
        <span style={{ fontSize: 12, opacity: 0.75 }}>
          {existing ? '这一天已有数据：修改后保存即为更正（来源改为手动录入）。' : '填写平台后台显示的当天数据（不是累计），没有的项留空。'}
        </span>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 8 }}>
        {FORM_FIELDS.map((field) => (
          <label key={field} style={{ fontSize: 13 }}>
            {fieldLabel(field)}
            <span style={{ fontSize: 11, opacity: 0.6 }}>（{fieldUnit(field)}）</span>
            <ScriptInput
              inputMode={field === 'completionRate' ? 'decimal' : 'numeric'}
              value={values[field]}
              placeholder={field === 'completionRate' ? '如 55' : ''}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              style={inputStyle}
            />
          </label>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 10 }}>
        <ScriptButton className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void save()} style={{ margin: 0 }}>
          {busy ? '保存中…' : existing ? '更正这一天' : '添加这一天'}
        </ScriptButton>
        {error && <span style={{ color: 'var(--theme-error-500)', fontSize: 13 }}>{error}</span>}
        {note && !error && <span style={{ color: 'var(--theme-success-500)', fontSize: 13 }}>{note}</span>}
      </div>
    </div>
  )
}
