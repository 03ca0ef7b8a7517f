'use client'
import type { DefaultCellComponentProps, TextFieldClient } from 'payload'
import { lexiconCategoryLabel } from '../labels'

/** The lexicon list's 类别 column: the category's Chinese name (绝对化用语), not its code. */
export function CategoryCell({ cellData }: DefaultCellComponentProps<TextFieldClient>) {
  return <span>{typeof cellData === 'string' ? lexiconCategoryLabel(cellData) : ''}</span>
}
