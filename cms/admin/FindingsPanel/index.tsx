'use client'
import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import { withoutShadowedFindings } from '../../../moderation/withoutShadowedFindings'
import { contentTextParts, type TextPart } from '../../compliance/contentText'
import { adminFetch } from '../adminApi'
import { excerptAround } from './excerpt'
import { formData } from './formData'

type Finding = { word: string; category: string; severity: 'block' | 'review' | 'warn'; replacement: string | null; start: number; end: number }
type Located = Finding & { field: string; text: string }

const SEVERITY = {
  block: { label: '禁用', color: 'var(--theme-error-500)' },
  review: { label: '需确认', color: 'var(--theme-warning-500)' },
  warn: { label: '提醒', color: 'var(--theme-elevation-500)' },
} as const

/** Live sensitive-word findings for the form as it is being typed (same engine as the save and the review gate). */
export function FindingsPanel() {
  const { collectionSlug } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const [findings, setFindings] = useState<Located[] | null>(null)
  const parts = useMemo(() => contentTextParts({ collection: collectionSlug ?? '', data: formData(fields) }), [collectionSlug, fields])
  const key = JSON.stringify(parts)

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const results = await Promise.all(parts.map((part) => scanPart(part, controller.signal)))
      if (!controller.signal.aborted) setFindings(results.flat())
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `key` captures every change of the scanned text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  if (findings === null) return null
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>敏感词检查 {findings.length === 0 ? '· 未发现问题' : `· ${findings.length} 处`}</div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {findings.map((f, i) => {
          const parts = excerptAround({ text: f.text, start: f.start, end: f.end })
          return (
            <li key={i} style={{ padding: '4px 0', borderTop: i ? '1px solid var(--theme-elevation-100)' : undefined }}>
              <span style={{ color: SEVERITY[f.severity].color, fontWeight: 600 }}>[{SEVERITY[f.severity].label}]</span> 「{f.word}」
              <span style={{ opacity: 0.7 }}> · {f.field}</span>
              {f.replacement && <span> · 建议改为「{f.replacement}」</span>}
              <div style={{ fontSize: 12 }}>
                {parts.before}
                <mark style={{ background: '#ffe58f' }}>{parts.match}</mark>
                {parts.after}
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

async function scanPart(part: TextPart, signal: AbortSignal): Promise<Located[]> {
  const reply = await adminFetch<{ findings: Finding[] }>('/compliance/scan', { method: 'POST', body: { text: part.text }, signal })
  // Show the most specific finding where several overlap (最 inside 最佳); the review gate uses them all.
  return reply.ok ? withoutShadowedFindings(reply.data.findings).map((f) => ({ ...f, field: part.field, text: part.text })) : []
}
