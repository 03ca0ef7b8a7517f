'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

/** 生成各尺寸: renders the template at 1080×1920, 1080×1080 and 900×383 and links them. */
export function PosterSizesButton() {
  const { id } = useDocumentInfo()
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  if (!id) return <p style={{ fontSize: 12 }}>保存后可按模板生成各尺寸海报。</p>
  async function run() {
    setState({ busy: true, message: null })
    const reply = await adminFetch(`/posters/${id}/render-sizes`, { method: 'POST' })
    if (reply.ok) window.location.reload()
    else setState({ busy: false, message: reply.message })
  }
  return (
    <div style={{ margin: '0 0 24px' }}>
      <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={() => void run()}>
        {state.busy ? '生成中…' : '按模板生成各尺寸（1080×1920 / 1080×1080 / 900×383）'}
      </ScriptButton>
      {state.message && <div style={{ color: 'var(--theme-error-500)' }}>{state.message}</div>}
    </div>
  )
}
