'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useMemo, useState } from 'react'
import { importReplySchema, type ImportReply } from '../../analytics/import/importReply'
import { metricsCsvTemplate } from '../../analytics/import/metricsCsvTemplate'
import { yesterdayIn } from '../DeliveryMetrics/metricDayModel'
import { useTeamTimezone } from '../useTeamTimezone'
import { manualNotes } from './importNotes'
import { ScriptButton, ScriptInput } from '../ScriptControls'

type Outcome = { ok: boolean; reply: ImportReply | null; message: string }
const TEMPLATES = [
  { kind: 'posts', label: '下载内容数据模板' },
  { kind: 'followers', label: '下载粉丝数据模板' },
] as const

/** 导入数据 on an account: a spreadsheet of its posts' numbers per day, or of its followers; all rows or none. */
export function MetricsImport() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const platform = useFormFields(([fields]) => fields.platform?.value)
  const timeZone = useTeamTimezone()
  const exampleDay = useMemo(() => yesterdayIn({ now: new Date(), timeZone }), [timeZone])
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || (user?.role !== 'admin' && user?.role !== 'editor')) return null

  function download(kind: 'posts' | 'followers') {
    const blob = new Blob([metricsCsvTemplate({ kind, exampleDay })], { type: 'text/csv;charset=utf-8' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = kind === 'posts' ? '内容数据模板.csv' : '粉丝数据模板.csv'
    link.click()
    URL.revokeObjectURL(link.href)
  }

  async function upload(file: File) {
    setBusy(true)
    setOutcome(null)
    // The file's own bytes: a GBK file from Excel is decoded on the server.
    const response = await fetch(`/api/post-metrics/import?account=${encodeURIComponent(String(id))}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'text/csv' },
      body: file,
    }).catch(() => null)
    setBusy(false)
    if (response === null) return setOutcome({ ok: false, reply: null, message: '网络错误，请稍后重试。' })
    const body: unknown = await response.json().catch(() => null)
    const parsed = importReplySchema.safeParse(body)
    if (parsed.success) return setOutcome({ ok: response.ok, reply: parsed.data, message: parsed.data.message })
    const message =
      typeof body === 'object' &&
      body !== null &&
      'errors' in body &&
      Array.isArray(body.errors) &&
      typeof body.errors[0]?.message === 'string'
        ? String(body.errors[0].message)
        : `导入失败（${response.status}），请稍后重试。`
    setOutcome({ ok: false, reply: null, message })
  }

  const notes = manualNotes(String(platform ?? ''))
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '8px 0 24px' }}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>导入数据</div>
      {notes.map((note) => (
        <div key={note} style={{ fontSize: 13, color: 'var(--theme-warning-500)' }}>
          {note}
        </div>
      ))}
      <div style={{ fontSize: 13, opacity: 0.8, margin: '6px 0' }}>
        内容数据：每行一篇一天，用「链接」（发布记录里的发布链接）或「发布记录ID」对应这个账号的发布；多图文推送的次条填「第几篇」。粉丝数据：每行一天。
        支持 Excel 另存的 CSV（UTF-8 或 GBK）。有任何一行不对，整个文件都不会导入，请按行号修改后重新导入；同一天重复导入会更新原来的数据。
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {TEMPLATES.map(({ kind, label }) => (
          <ScriptButton
            key={kind}
            className="btn btn--style-secondary btn--size-small"
            style={{ margin: 0 }}
            onClick={() => download(kind)}
          >
            {label}
          </ScriptButton>
        ))}
        <label className="btn btn--style-primary btn--size-small" style={{ cursor: 'pointer', margin: 0 }}>
          {busy ? '导入中…' : '选择 CSV 文件导入'}
          <ScriptInput
            type="file"
            accept=".csv,text/csv"
            hidden
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void upload(file)
            }}
          />
        </label>
      </div>
      {outcome && (
        <div style={{ marginTop: 8, fontSize: 13 }}>
          <div style={{ color: outcome.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>{outcome.message}</div>
          {outcome.reply && outcome.reply.errors.length > 0 && (
            <ul style={{ color: 'var(--theme-error-500)', margin: '4px 0 0', paddingLeft: 18 }}>
              {outcome.reply.errors.slice(0, 100).map((error) => (
                <li key={`${error.line}-${error.message}`}>{error.message}</li>
              ))}
              {outcome.reply.errors.length > 100 && <li>……还有 {outcome.reply.errors.length - 100} 行，请先改好以上各行</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
