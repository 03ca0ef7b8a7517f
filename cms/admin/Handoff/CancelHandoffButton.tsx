'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

/**
 * 不发了: the operator decides not to post this hand-off (the item was pulled, the moment has passed).
 * It is cancelled after a confirmation and no longer waits on anyone's home page; a refusal is shown as
 * the API words it.
 */
export function CancelHandoffButton(args: { id: string | number }) {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function cancel() {
    if (!window.confirm('确定这条不发了吗？取消后它不再出现在待发布里；以后要发，需要重新排期。')) return
    setBusy(true)
    setMessage('')
    const result = await adminFetch(`/deliveries/${encodeURIComponent(String(args.id))}/cancel`, { method: 'POST', body: {} })
    setBusy(false)
    if (result.ok) router.refresh()
    else setMessage(result.message || '没有取消成功，请稍后再试。')
  }

  return (
    <div style={{ marginTop: 12 }}>
      <ScriptButton data-testid="handoff-cancel" disabled={busy} onClick={() => void cancel()} style={{ padding: '6px 14px' }}>
        {busy ? '正在取消…' : '不发了，取消这条'}
      </ScriptButton>
      {message && (
        <p role="alert" data-testid="handoff-cancel-error" style={{ margin: '6px 0 0', color: '#cf1322' }}>
          {message}
        </p>
      )}
    </div>
  )
}
