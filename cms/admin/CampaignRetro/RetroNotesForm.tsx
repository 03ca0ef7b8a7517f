'use client'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'
import { adminFetch } from '../adminApi'
import { ScriptButton, ScriptTextarea } from '../ScriptControls'

const FIELD = { width: '100%', minHeight: 96, padding: 8, fontSize: 14, boxSizing: 'border-box' } as const

/** 做得好的 / 经验教训 edited in place: saved to the campaign's 复盘 group with the person's own rights. */
export function RetroNotesForm(args: { id: string | number; whatWorked: string; lessons: string }) {
  const router = useRouter()
  const [whatWorked, setWhatWorked] = useState(args.whatWorked)
  const [lessons, setLessons] = useState(args.lessons)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    const result = await adminFetch(`/campaigns/${encodeURIComponent(String(args.id))}`, {
      method: 'PATCH',
      body: { retro: { whatWorked, lessons } },
    })
    setBusy(false)
    if (!result.ok) return setMessage({ ok: false, text: result.message || '没有保存成功，请稍后再试。' })
    setMessage({ ok: true, text: '已保存。' })
    router.refresh()
  }

  return (
    <form data-testid="retro-notes-form" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor="retro-what-worked" style={{ display: 'block', fontWeight: 600, margin: '0 0 4px' }}>
        做得好的
      </label>
      <ScriptTextarea id="retro-what-worked" value={whatWorked} onChange={(event) => setWhatWorked(event.target.value)} style={FIELD} />
      <label htmlFor="retro-lessons" style={{ display: 'block', fontWeight: 600, margin: '12px 0 4px' }}>
        经验教训
      </label>
      <ScriptTextarea id="retro-lessons" value={lessons} onChange={(event) => setLessons(event.target.value)} style={FIELD} />
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginTop: 8 }}>
        <ScriptButton type="submit" data-testid="retro-notes-save" disabled={busy} style={{ padding: '6px 16px' }}>
          {busy ? '正在保存…' : '保存复盘'}
        </ScriptButton>
        {message ? (
          <span role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? '#389e0d' : '#cf1322' }}>
            {message.text}
          </span>
        ) : null}
      </div>
    </form>
  )
}
