'use client'
import { useState } from 'react'

type ImportReply = { message?: string; errors?: { line: number; message: string }[] }

/** Above the lexicon list: export to CSV, import from CSV with problems listed by line. */
export function LexiconCsv() {
  const [result, setResult] = useState<ImportReply | null>(null)
  const [busy, setBusy] = useState(false)

  async function upload(file: File) {
    setBusy(true)
    const response = await fetch('/api/sensitive-words/import', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'text/csv' },
      body: await file.text(),
    })
    const reply = (await response.json().catch(() => ({}))) as ImportReply & { errors?: { message: string; line?: number }[] }
    setBusy(false)
    setResult(reply)
    if (response.ok) window.location.reload()
  }

  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '12px 0', flexWrap: 'wrap' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/sensitive-words/export.csv">
        导出 CSV
      </a>
      <label className="btn btn--style-secondary btn--size-small" style={{ cursor: 'pointer' }}>
        {busy ? '导入中…' : '导入 CSV'}
        <input
          type="file"
          accept=".csv,text/csv"
          hidden
          disabled={busy}
          onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
        />
      </label>
      <span style={{ fontSize: 12, opacity: 0.7 }}>
        列：word, category, severity (block/review/warn/allow), replacement, note, enabled, matchPinyin (off/full/initials，可省略),
        matchVariants (true/false，可省略)
      </span>
      {result?.message && <div style={{ width: '100%' }}>{result.message}</div>}
      {result?.errors && result.errors.length > 0 && (
        <ul style={{ width: '100%', color: 'var(--theme-error-500)' }}>
          {result.errors.slice(0, 50).map((e, i) => (
            <li key={i}>
              {e.line ? `第 ${e.line} 行：` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
