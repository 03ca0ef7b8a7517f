'use client'
import type { RepeatRow } from './repeatRows'

/** Repeats the last save found: the other item (a link to it), how similar, and a passage the two share. */
export function RepeatList(props: { rows: readonly RepeatRow[]; labelOf: (field: string) => string }) {
  if (props.rows.length === 0) return null
  return (
    <div style={{ marginTop: 12 }}>
      <div style={{ fontWeight: 600 }}>重复内容（上次保存时检查）</div>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, fontSize: 12 }}>
        {props.rows.map((row, i) => (
          <li key={i} style={{ padding: '4px 0', borderTop: i ? '1px solid var(--theme-elevation-100)' : undefined }}>
            <span style={{ color: 'var(--theme-warning-500)', fontWeight: 600 }}>[需确认]</span>{' '}
            <a href={`/admin/collections/${row.similarTo.collection}/${row.similarTo.id}`} target="_blank" rel="noreferrer">
              {row.word}
            </a>
            <span style={{ opacity: 0.7 }}>
              {' '}
              · {row.fieldLabel ?? props.labelOf(row.field)}
              {row.count > 0 && ` · ${row.count} 段相同`}
            </span>
            {row.excerpt && (
              <div>
                <mark style={{ background: '#ffe58f' }}>{row.excerpt}</mark>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
