'use client'
import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'
import { formatFileSize } from './formatFileSize'

/** The media list's 文件大小 column: 12.8 KB rather than 13137. */
export function FileSizeCell({ cellData }: DefaultCellComponentProps<NumberFieldClient>) {
  return <span>{typeof cellData === 'number' ? formatFileSize(cellData) : ''}</span>
}
