'use client'
import { useState } from 'react'
import type { ComplianceReview, ReviewPoint } from '../../../assist'
import type { TextPart } from '../../compliance/contentText'
import { adminFetch } from '../adminApi'
import { excerptAround } from './excerpt'
import { ScriptButton } from '../ScriptControls'

/**
 * The AI 复核 beside the lexicon's findings: asked for with a click, shown as advice with each
 * point's quote where it stands; an empty answer, no model, or a failure is said, never a pass.
 */
export function AiReview(props: { collection: string; id: string | number | undefined; parts: readonly TextPart[] }) {
  const [review, setReview] = useState<ComplianceReview | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function ask() {
    setBusy(true)
    setProblem(null)
    const reply = await adminFetch<ComplianceReview>('/compliance/ai-review', {
      method: 'POST',
      body: { collection: props.collection, id: props.id },
    })
    setBusy(false)
    if (reply.ok) setReview(reply.data)
    else setProblem(reply.message || 'AI 复核请求失败，请稍后重试。')
  }

  return (
    <div style={{ marginTop: 12, paddingTop: 8, borderTop: '1px dashed var(--theme-elevation-150)' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <span style={{ fontWeight: 600 }}>AI 复核（参考意见）</span>
        <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={busy || props.id === undefined} onClick={ask}>
          {busy ? '复核中…' : review ? '重新复核' : '请求 AI 复核'}
        </ScriptButton>
        {props.id === undefined && <span style={{ fontSize: 12, opacity: 0.7 }}>保存后可请求 AI 复核</span>}
      </div>
      {problem && <div style={{ fontSize: 12, color: 'var(--theme-error-500)', marginTop: 4 }}>{problem}</div>}
      {review && (
        <div style={{ fontSize: 12, marginTop: 4 }}>
          <div
            style={{
              opacity: review.status === 'done' ? 0.8 : 1,
              color: review.status === 'done' ? undefined : 'var(--theme-warning-500)',
            }}
          >
            {review.note}
            {review.status === 'done' && <span style={{ opacity: 0.7 }}>（基于已保存的版本，模型 {review.model}）</span>}
          </div>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {review.points.map((point, i) => (
              <PointRow key={i} point={point} parts={props.parts} />
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

function PointRow(props: { point: ReviewPoint; parts: readonly TextPart[] }) {
  const { point } = props
  const where = point.location
  const part = where ? props.parts.find((p) => p.field === where.field) : undefined
  // The review read the saved text: show the quote in context only while the form still says it there.
  const inForm =
    where && part && part.text.slice(where.start, where.end) === point.quote
      ? excerptAround({ text: part.text, start: where.start, end: where.end })
      : null
  return (
    <li style={{ padding: '4px 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
      <span style={{ color: 'var(--theme-warning-500)', fontWeight: 600 }}>[AI·{point.kindLabel}]</span>{' '}
      {point.quote ? `「${point.quote}」` : '（内容中缺少）'}
      <span style={{ opacity: 0.7 }}>
        {' '}
        · {where ? `${where.fieldLabel} 第 ${where.start + 1}–${where.end} 字` : point.quote ? '原文中未找到这句，请人工核对' : '全文'}
      </span>
      <div>{point.reason}</div>
      {point.suggestion && <div style={{ opacity: 0.8 }}>建议：{point.suggestion}</div>}
      {inForm && (
        <div>
          {inForm.before}
          <mark style={{ background: '#ffe58f' }}>{inForm.match}</mark>
          {inForm.after}
        </div>
      )}
    </li>
  )
}
