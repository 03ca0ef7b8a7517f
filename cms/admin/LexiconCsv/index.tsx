'use client'
import { useState } from 'react'
import { LEXICON_SHEET_HEADER } from '../../collections/SensitiveWords/sheetHeader'
import { type ImportProblem, problemLines } from './problemLines'
import { ScriptInput } from '../ScriptControls'

type ImportReply = { message?: string; errors?: ImportProblem[] }

/** Above the lexicon list: export to CSV, import from CSV with problems listed by line. */
export function LexiconCsv() {
  const [result, setResult] = useState<ImportReply | null>(null)
  const [busy, setBusy] = useState(false)

  async function upload(file: File) {
    setBusy(true)
    // The file's own bytes: the server reads GBK (Excel's default in China) as well as UTF-8.
    const response = await fetch('/api/sensitive-words/import', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'text/csv' },
      body: file,
    }).catch(() => null)
    const reply = response
      ? ((await response.json().catch(() => ({ message: '导入失败：服务器没有给出说明，请稍后重试。' }))) as ImportReply)
      : { message: '导入失败：连不上服务器，请检查网络后重试。' }
    setBusy(false)
    setResult(reply)
    if (response?.ok) window.location.reload()
  }

  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '12px 0', flexWrap: 'wrap' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/sensitive-words/export.csv">
        导出 CSV
      </a>
      <label className="btn btn--style-secondary btn--size-small" style={{ cursor: 'pointer' }}>
        {busy ? '导入中…' : '导入 CSV'}
        <ScriptInput
          type="file"
          accept=".csv,text/csv"
          hidden
          disabled={busy}
          onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
        />
      </label>
      <span style={{ fontSize: 12, opacity: 0.7 }}>
        表头：{LEXICON_SHEET_HEADER.join('、')}（后两列可省略）。级别填 禁止、审核、提示 或 允许；启用填 是 或 否。Excel 直接保存的 CSV（GBK
        或 UTF-8）都可以导入。
      </span>
      {result?.message && <div style={{ width: '100%' }}>{result.message}</div>}
      {result?.errors && result.errors.length > 0 && (
        <ul style={{ width: '100%', color: 'var(--theme-error-500)' }}>
          {problemLines(result.errors.slice(0, 50)).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
