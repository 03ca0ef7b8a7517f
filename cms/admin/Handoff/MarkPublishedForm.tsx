'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { adminFetch } from '../adminApi'
import { ScriptButton, ScriptInput } from '../ScriptControls'

/** 粘贴作品链接: the post's link goes back to the delivery, which then reads 已发布; a refusal is shown as the API words it. */
export function MarkPublishedForm(args: { id: string | number }) {
  const router = useRouter()
  const [url, setUrl] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!url.trim()) {
      setMessage('请先粘贴作品链接。')
      return
    }
    setBusy(true)
    setMessage('')
    const result = await adminFetch(`/deliveries/${encodeURIComponent(String(args.id))}/mark-published`, {
      method: 'POST',
      body: { url: url.trim() },
    })
    setBusy(false)
    if (result.ok) router.refresh()
    else setMessage(result.message || '没有保存成功，请稍后再试。')
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <label htmlFor="handoff-link" style={{ width: '100%', fontWeight: 600 }}>
        粘贴作品链接
      </label>
      <ScriptInput
        id="handoff-link"
        data-testid="handoff-link-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        placeholder="在 App 里点分享 → 复制链接，粘贴到这里"
        style={{ flex: '1 1 240px', minWidth: 0, padding: '8px 10px', fontSize: 16 }}
      />
      <ScriptButton type="submit" data-testid="handoff-link-submit" disabled={busy} style={{ padding: '8px 16px', fontSize: 16 }}>
        {busy ? '正在保存…' : '确认已发布'}
      </ScriptButton>
      {message && (
        <p role="alert" data-testid="handoff-link-error" style={{ width: '100%', margin: 0, color: '#cf1322' }}>
          {message}
        </p>
      )}
    </form>
  )
}
