'use client'
import { useRef, useState } from 'react'
import { z } from 'zod'
import { decodeCsvBytes } from './decodeCsvFile'
import { ScriptButton, ScriptInput } from '../ScriptControls'

const reply = z.object({
  message: z.string().optional(),
  errors: z.array(z.object({ line: z.number().optional(), message: z.string() })).optional(),
})

/** 导入 CSV: the calendar spreadsheet (日期, 时间, 账号, 内容 …) into the chosen campaign; all rows or none, problems by line. */
export function CalendarCsvImport(props: { campaign: string; onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<{ message: string; lines: string[]; ok: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  async function upload(file: File) {
    setBusy(true)
    setResult(null)
    try {
      const text = decodeCsvBytes(await file.arrayBuffer())
      const query = props.campaign ? `?campaign=${encodeURIComponent(props.campaign)}` : ''
      const response = await fetch(`/api/calendar-entries/import${query}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'text/csv' },
        body: text,
      })
      const parsed = reply.safeParse(await response.json().catch(() => null))
      const body = parsed.success ? parsed.data : {}
      const lines = (body.errors ?? []).map((e) => (e.line ? `第 ${e.line} 行：${e.message.replace(/^第 \d+ 行：/, '')}` : e.message))
      setResult({
        ok: response.ok,
        message: body.message ?? (response.ok ? '导入完成。' : `导入失败（服务器返回 ${response.status}）。`),
        lines,
      })
      if (response.ok) props.onImported()
    } catch {
      setResult({ ok: false, message: '网络错误，没有导入。', lines: [] })
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <>
      <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? '正在导入…' : '导入 CSV'}
      </ScriptButton>
      <ScriptInput
        ref={input}
        type="file"
        accept=".csv,text/csv"
        aria-label="导入排期 CSV 文件"
        data-testid="calendar-csv-input"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) void upload(file)
        }}
      />
      {result && (
        <div
          data-testid="calendar-csv-result"
          role={result.ok ? 'status' : 'alert'}
          style={{ flexBasis: '100%', fontSize: 13, color: result.ok ? undefined : 'var(--theme-error-500)' }}
        >
          {result.message}
          {result.lines.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {result.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  )
}
