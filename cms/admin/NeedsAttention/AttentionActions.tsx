'use client'
import { useState } from 'react'
import type { DeliveryState } from '../../workflow/deliveryStates'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

/**
 * What a person can do about a delivery that needs one: retry where that is safe (after checking the
 * platform, for an unconfirmed one), confirm it was published by pasting the link, or decide on one
 * held after a publishing pause (send it after all, or cancel it).
 */
export function AttentionActions({
  id,
  state,
  refused,
  onDone,
}: {
  id: string | number
  state: DeliveryState
  refused: boolean
  onDone: () => void
}) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(path: string, body: unknown) {
    setBusy(true)
    const result = await adminFetch(`/deliveries/${id}/${path}`, { method: 'POST', body })
    setBusy(false)
    if (result.ok) onDone()
    else setMessage(result.message)
  }

  function retry() {
    if (state === 'unconfirmed' && !window.confirm('请确认：你已经在平台后台核对过，这篇内容没有发出。确认后将从已完成的步骤继续发布。'))
      return
    void run('retry', { checked: state === 'unconfirmed' })
  }

  function markPublished() {
    const url = window.prompt('粘贴平台上的文章链接（以 https:// 开头）：')
    if (url) void run('mark-published', { url: url.trim() })
  }

  if (state === 'held') {
    return (
      <span style={{ marginLeft: 8 }}>
        <ScriptButton disabled={busy} onClick={() => void run('release', {})}>
          仍然发布
        </ScriptButton>
        <ScriptButton disabled={busy} onClick={() => void run('cancel', {})} style={{ marginLeft: 8 }}>
          取消
        </ScriptButton>
        {message && <span style={{ marginLeft: 8, color: '#cf1322' }}>{message}</span>}
      </span>
    )
  }
  return (
    <span style={{ marginLeft: 8 }}>
      {state !== 'manual' && !refused && (
        <ScriptButton disabled={busy} onClick={retry}>
          {state === 'unconfirmed' ? '已核对未发出，重试' : '重试'}
        </ScriptButton>
      )}
      {(state === 'unconfirmed' || state === 'manual') && (
        <ScriptButton disabled={busy} onClick={markPublished} style={{ marginLeft: 8 }}>
          已发布，粘贴链接
        </ScriptButton>
      )}
      {message && <span style={{ marginLeft: 8, color: '#cf1322' }}>{message}</span>}
    </span>
  )
}
