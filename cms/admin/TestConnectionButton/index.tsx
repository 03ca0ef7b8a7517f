'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

type Report = { ok: boolean; canPublish: boolean; checks: { name: string; ok: boolean; message: string }[] }

/** 测试连接: fetch a token and report what this account may do, in words. */
export function TestConnectionButton() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || user?.role !== 'admin') return null

  async function run() {
    setBusy(true)
    setError(null)
    const reply = await adminFetch<Report>(`/platform-accounts/${id}/test`, { method: 'POST' })
    setBusy(false)
    if (reply.ok) setReport(reply.data)
    else setError(reply.message)
  }

  return (
    <div style={{ margin: '8px 0 24px' }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void run()}>
          {busy ? '测试中…' : '测试连接'}
        </ScriptButton>
        {/* Weibo and Toutiao accounts are authorised by their owner on the platform's own page. */}
        <a className="btn btn--style-secondary btn--size-small" href={`/api/platform-accounts/${id}/connect`}>
          连接授权（微博/头条）
        </a>
      </div>
      {error && <div style={{ color: 'var(--theme-error-500)' }}>{error}</div>}
      {report && (
        <div style={{ marginTop: 8 }}>
          <strong>{report.canPublish ? '可以发布' : report.ok ? '连接正常，但不能直接发布' : '连接失败'}</strong>
          <ul>
            {report.checks.map((c) => (
              <li key={c.name} style={{ color: c.ok ? undefined : 'var(--theme-error-500)' }}>
                {c.ok ? '✓' : '✗'} {c.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
