'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { z } from 'zod'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

const reply = z.object({ doc: z.object({ id: z.union([z.string(), z.number()]) }) })

/** 存为案例: saves the finished campaign to the 案例库 and opens the new case. */
export function SaveCaseButton(args: { id: string | number; saved: boolean }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  async function save() {
    setBusy(true)
    setMessage('')
    const result = await adminFetch<unknown>(`/campaigns/${encodeURIComponent(String(args.id))}/save-template`, { method: 'POST' })
    setBusy(false)
    if (!result.ok) return setMessage(result.message || '没有存成功，请稍后再试。')
    const parsed = reply.safeParse(result.data)
    if (!parsed.success) return setMessage('已保存，但没能打开案例：请到「案例库」里查看。')
    router.push(`/admin/collections/campaign-templates/${encodeURIComponent(String(parsed.data.doc.id))}`)
  }

  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
      <ScriptButton data-testid="retro-save-case" disabled={busy} onClick={() => void save()} style={{ padding: '6px 16px' }}>
        {busy ? '正在保存…' : args.saved ? '再存一份案例' : '存为案例'}
      </ScriptButton>
      {message ? (
        <span role="alert" style={{ color: '#cf1322' }}>
          {message}
        </span>
      ) : null}
    </div>
  )
}
