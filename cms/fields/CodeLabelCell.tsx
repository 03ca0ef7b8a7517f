'use client'
import type { DefaultCellComponentProps } from 'payload'

export type CodeLabelCellProps = DefaultCellComponentProps & { labels?: Readonly<Record<string, string>> }

/** A list column of a stored code (`request_changes`, `articles`) shown by its label; an unknown code as it is. */
export function CodeLabelCell({ cellData, labels }: CodeLabelCellProps) {
  const code = typeof cellData === 'string' ? cellData : ''
  return <span>{labels?.[code] ?? code}</span>
}
