'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { ReviewState } from '../../workflow/reviewStates'
import { adminFetch } from '../adminApi'
import { reviewStateLabel } from '../labels'
import { HidePayloadStatus } from './HidePayloadStatus'
import { ReviewHistory, type HistoryEntry } from './ReviewHistory'
import { ScriptButton, ScriptTextarea } from '../ScriptControls'

type EventOption = { event: string; label: { zh: string }; commentRequired: boolean; acknowledgeable: boolean }
type ReviewInfo = { state: ReviewState; approvedVersion: string | null; events: EventOption[]; history: HistoryEntry[] }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }

/**
 * The review bar: the item's one status (the review state; Payload's draft/published pill is hidden),
 * the buttons this user may press (from the same table the server applies), comment, history.
 * No 排期 button: the calendar schedules (a system event of the table).
 */
export function ReviewBar() {
  const { id, collectionSlug, unlockDocument } = useDocumentInfo()
  const [info, setInfo] = useState<ReviewInfo | null>(null)
  const [comment, setComment] = useState('')
  const [acknowledge, setAcknowledge] = useState('')
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const reply = await adminFetch<ReviewInfo>(`/${collectionSlug}/${id}/review`)
    if (reply.ok) setInfo(reply.data)
  }, [id, collectionSlug])
  useEffect(() => void load(), [load])

  if (!id)
    return (
      <div style={box}>
        <HidePayloadStatus />
        保存草稿后即可提交审核。
      </div>
    )
  if (!info)
    return (
      <div style={box}>
        <HidePayloadStatus />
        正在读取审核状态…
      </div>
    )

  async function fire(option: EventOption) {
    setBusy(true)
    setMessage(null)
    const reply = await adminFetch(`/${collectionSlug}/${id}/transition`, {
      method: 'POST',
      body: { event: option.event, comment: comment || undefined, acknowledge: acknowledge || undefined },
    })
    setBusy(false)
    if (!reply.ok) return setMessage({ tone: 'error', text: reply.message })
    setComment('')
    setAcknowledge('')
    setMessage({ tone: 'ok', text: `已${option.label.zh}` })
    // The action hands the item on, so the page lets go of its edit lock: the action's save removed it, but a form
    // update sent just before the click and finished after the action takes it again, and the next person to open
    // the item would be told for five minutes that it is being edited. Payload's unlock, under the lock rules
    // (cms/access/editLocks.ts), can remove only this person's own lock.
    if (id && collectionSlug) await unlockDocument(id, collectionSlug)
    // The form shows the document as loaded; reload so it reflects the new state.
    window.location.reload()
  }

  return (
    <div style={box}>
      <HidePayloadStatus />
      <div style={{ fontWeight: 600, marginBottom: 8 }}>
        状态：<span data-testid="review-status">{reviewStateLabel(info.state)}</span>
      </div>
      {info.approvedVersion && <div style={{ fontSize: 12, opacity: 0.7, marginBottom: 8 }}>定稿版本 #{info.approvedVersion}</div>}
      {info.state === 'approved' && (
        <div style={{ fontSize: 12, marginBottom: 8 }}>
          排期在<a href="/admin/calendar">日历</a>上完成：为这条内容安排发布时间，即自动变为「已排期」。
        </div>
      )}
      {info.state === 'scheduled' && (
        <div style={{ fontSize: 12, marginBottom: 8 }}>
          已在<a href="/admin/calendar">日历</a>上排期，到点由系统自动发布；改期或取消请在日历上操作。
        </div>
      )}
      {info.events.length > 0 && (
        <>
          <ScriptTextarea
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            placeholder="审核意见（驳回修改时必填）"
            rows={3}
            style={{ width: '100%', marginBottom: 8 }}
          />
          {info.events.some((e) => e.acknowledgeable) && (
            <ScriptTextarea
              value={acknowledge}
              onChange={(e) => setAcknowledge(e.target.value)}
              placeholder="风险确认说明（内容含需人工确认的词语时必填）"
              rows={2}
              style={{ width: '100%', marginBottom: 8 }}
            />
          )}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {info.events.map((option) => (
              <ScriptButton
                key={option.event}
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => void fire(option)}
              >
                {option.label.zh}
              </ScriptButton>
            ))}
          </div>
        </>
      )}
      {message && (
        <div style={{ marginTop: 8, color: message.tone === 'error' ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
          {message.text}
        </div>
      )}
      <ReviewHistory entries={info.history} />
    </div>
  )
}
export { HeaderReviewStatus } from './HeaderReviewStatus'
