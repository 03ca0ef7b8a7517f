'use client'
import { useAllFormFields, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import { contentTextParts, type TextPart } from '../../compliance/contentText'
import type { FindingRow } from '../../compliance/findingRows'
import { readEditorExtras } from '../MarkdownEditor/editorExtras'
import { locateOccurrence } from '../MarkdownEditor/findingRanges'
import { AiReview } from './AiReview'
import { excerptAround } from './excerpt'
import { revealFinding, replaceInEditor } from './findingActions'
import { fieldLabel } from './fieldLabel'
import { formData } from './formData'
import { RepeatList } from './RepeatList'
import { repeatRowsOf } from './repeatRows'
import { scanText } from './scanText'
import { useMediaAlt } from './useMediaAlt'
import { withoutShadowedRows } from './withoutShadowedRows'
import { ScriptButton } from '../ScriptControls'

type Located = FindingRow & { field: string; label: string; text: string }
// `note`: what could not be listed for the field (rows left out, or why the check failed).
type PartFindings = { field: string; label: string; rows: Located[]; note: string | null }

const SEVERITY = {
  block: { label: '禁用', color: 'var(--theme-error-500)' },
  review: { label: '需确认', color: 'var(--theme-warning-500)' },
  warn: { label: '提醒', color: 'var(--theme-elevation-500)' },
} as const

/** Live sensitive-word findings for the form as it is being typed (same engine as the save and the review gate). */
export function FindingsPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const { dispatchFields, setModified } = useForm()
  const [findings, setFindings] = useState<PartFindings[] | null>(null)
  // Switched off with the editor's extras (?editor-extras=off), to measure the bare editor.
  const [live] = useState(() => readEditorExtras().findings)
  const data = useMemo(() => formData(fields), [fields])
  // Every outgoing text of the form, as the save and the review gate read it (media alt text included).
  const media = useMediaAlt({ collection: collectionSlug ?? '', data })
  const parts = useMemo(() => contentTextParts({ collection: collectionSlug ?? '', data, media }), [collectionSlug, data, media])
  const repeats = repeatRowsOf(fields.findings?.value)
  // The item's campaign: its banned phrasings are checked too.
  const campaign = typeof fields.campaign?.value === 'string' || typeof fields.campaign?.value === 'number' ? fields.campaign.value : null
  const key = JSON.stringify([parts, campaign])

  useEffect(() => {
    if (!live) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const results = await Promise.all(parts.map((part) => scanPart({ part, campaign, signal: controller.signal })))
      if (!controller.signal.aborted) setFindings(results)
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `key` captures every change of the scanned text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, live])

  /** One occurrence replaced: by the editor holding the field, else in the form's value. */
  const replace = (row: Located) => {
    if (row.replacement === null) return
    const detail = {
      field: row.field,
      from: row.start,
      to: row.end,
      matched: row.text.slice(row.start, row.end),
      replacement: row.replacement,
    }
    if (replaceInEditor(detail)) return
    const current = fields[row.field]?.value
    if (typeof current !== 'string') return
    const at = locateOccurrence({ text: current, ...detail })
    if (!at) return
    dispatchFields({ type: 'UPDATE', path: row.field, value: current.slice(0, at.from) + row.replacement + current.slice(at.to) })
    setModified(true)
  }

  if (findings === null) return null
  const rows = findings.flatMap((part) => part.rows)
  const notes = findings.filter((part) => part.note)
  const occurrences = rows.reduce((sum, row) => sum + row.count, 0)
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>
        敏感词检查 {rows.length > 0 ? `· ${rows.length} 个词语，共 ${occurrences} 处` : notes.length === 0 ? '· 未发现问题' : ''}
      </div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((f, i) => {
          const parts = excerptAround({ text: f.text, start: f.start, end: f.end })
          return (
            <li key={i} style={{ padding: '4px 0', borderTop: i ? '1px solid var(--theme-elevation-100)' : undefined }}>
              <span style={{ color: SEVERITY[f.severity].color, fontWeight: 600 }}>[{SEVERITY[f.severity].label}]</span> 「{f.word}」
              <span style={{ opacity: 0.7 }}> · {f.label}</span>
              {f.count > 1 && <span> · 共 {f.count} 处</span>}
              {f.replacement && <span> · 建议改为「{f.replacement}」</span>}
              <span style={{ display: 'inline-flex', gap: 4, marginLeft: 8 }}>
                <ScriptButton
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: 0 }}
                  data-testid="finding-reveal"
                  onClick={() => revealFinding({ field: f.field, from: f.start, to: f.end, matched: f.text.slice(f.start, f.end) })}
                >
                  定位
                </ScriptButton>
                {f.replacement !== null && (
                  <ScriptButton
                    className="btn btn--style-primary btn--size-small"
                    style={{ margin: 0 }}
                    data-testid="findings-panel-replace"
                    onClick={() => replace(f)}
                  >
                    替换为「{f.replacement}」
                  </ScriptButton>
                )}
              </span>
              <div style={{ fontSize: 12 }}>
                {parts.before}
                <mark style={{ background: '#ffe58f' }}>{parts.match}</mark>
                {parts.after}
              </div>
            </li>
          )
        })}
      </ul>
      {notes.map((part) => (
        <div key={part.field} style={{ fontSize: 12, opacity: 0.7, marginTop: 8 }}>
          {part.label}：{part.note}
        </div>
      ))}
      <RepeatList rows={repeats} labelOf={(field) => fieldLabel({ field, parts })} />
      <AiReview collection={collectionSlug ?? ''} id={id} parts={parts} />
    </div>
  )
}

async function scanPart(args: { part: TextPart; campaign: string | number | null; signal: AbortSignal }): Promise<PartFindings> {
  const { part, campaign, signal } = args
  const result = await scanText({ text: part.text, campaign, signal })
  if (!result.ok) return { field: part.field, label: part.label, rows: [], note: result.note }
  // Show the most specific word where several overlap (最 inside 最佳); the review gate uses them all.
  return {
    field: part.field,
    label: part.label,
    rows: withoutShadowedRows(result.rows).map((row) => ({ ...row, field: part.field, label: part.label, text: part.text })),
    note: result.note,
  }
}
