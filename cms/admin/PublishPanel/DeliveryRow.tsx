'use client'
import { useState } from 'react'
import { isHttpUrl } from '../../../lib/httpUrl'
import { DELIVERY_STATE_LABELS, type DeliveryState } from '../../workflow/deliveryStates'
import type { PushMode } from '../../../lib/platforms'
import { adminFetch } from '../adminApi'
import { copyHtml } from '../PlatformPreview/copyHtml'
import { ScriptButton, ScriptInput } from '../ScriptControls'

export type DeliveryView = {
  id: string | number
  state: DeliveryState
  url: string | null
  account: string | number
  /** A push's mode where the platform has modes: a draft left for a person to send is confirmed as 已群发. */
  mode?: PushMode | null
  bundle?: { url?: string | null }[] | null
  lastError: { message: string; action: string } | null
  handoff: { message: string; link: string; package: { html: string; title: string } | null } | null
  updatedAt: string
}

const TONE: Partial<Record<DeliveryState, string>> = {
  published: 'var(--theme-success-500)',
  failed: 'var(--theme-error-500)',
  needs_reauth: 'var(--theme-error-500)',
  unconfirmed: 'var(--theme-warning-500)',
  manual: 'var(--theme-warning-500)',
}

/** One delivery: where it stands, the link, or what went wrong and what to do; manual steps finished here. */
export function DeliveryRow({ delivery, accountName, onChanged }: { delivery: DeliveryView; accountName: string; onChanged: () => void }) {
  const [url, setUrl] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const canConfirm = delivery.state === 'manual' || delivery.state === 'unconfirmed'

  async function confirm() {
    const reply = await adminFetch(`/deliveries/${delivery.id}/mark-published`, { method: 'POST', body: { url } })
    if (reply.ok) onChanged()
    else setNote(reply.message)
  }

  return (
    <li style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '8px 0', fontSize: 13 }}>
      <div>
        {accountName} ·{' '}
        <strong style={{ color: TONE[delivery.state] }}>{DELIVERY_STATE_LABELS[delivery.state]?.zh ?? delivery.state}</strong>
        {delivery.url && isHttpUrl(delivery.url) && (
          <>
            {' '}
            ·{' '}
            <a href={delivery.url} target="_blank" rel="noreferrer">
              查看
            </a>
          </>
        )}
        {(delivery.bundle ?? []).map((row, i) =>
          row.url && isHttpUrl(row.url) ? (
            <span key={i}>
              {' '}
              ·{' '}
              <a href={row.url} target="_blank" rel="noreferrer">
                次条 {i + 1}
              </a>
            </span>
          ) : null,
        )}
      </div>
      {delivery.lastError && (
        <div style={{ marginTop: 4 }}>
          <div style={{ color: 'var(--theme-error-500)' }}>{delivery.lastError.message}</div>
          <div>下一步：{delivery.lastError.action}</div>
        </div>
      )}
      {delivery.handoff && delivery.state === 'manual' && (
        <div style={{ marginTop: 4 }}>
          <div>{delivery.handoff.message}</div>
          <div style={{ display: 'flex', gap: 8, marginTop: 4 }}>
            {delivery.handoff.package && (
              <ScriptButton
                className="btn btn--style-secondary btn--size-small"
                onClick={async () => setNote((await copyHtml(delivery.handoff?.package?.html ?? '')) ? '正文已复制' : '复制失败')}
              >
                复制正文
              </ScriptButton>
            )}
            {isHttpUrl(delivery.handoff.link) && (
              <a className="btn btn--style-secondary btn--size-small" href={delivery.handoff.link} target="_blank" rel="noreferrer">
                打开平台后台
              </a>
            )}
          </div>
        </div>
      )}
      {canConfirm && (
        <div style={{ display: 'flex', gap: 8, marginTop: 6 }}>
          <ScriptInput value={url} onChange={(e) => setUrl(e.target.value)} placeholder="发布后把文章链接粘贴到这里" style={{ flex: 1 }} />
          <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={!url} onClick={() => void confirm()}>
            {delivery.mode === 'mass' || delivery.mode === 'draft' ? '确认已群发' : '已发布'}
          </ScriptButton>
        </div>
      )}
      {note && <div>{note}</div>}
    </li>
  )
}
