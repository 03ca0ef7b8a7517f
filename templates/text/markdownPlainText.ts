import type { Token } from '../markdown/markdownParser'

/** A block of the plain text; list items and table rows (a `run`) sit on consecutive lines, other blocks a blank line apart. */
type Block = { text: string; run: number | null }

type ListState = { ordered: boolean; next: number }

/**
 * Inline tokens as plain text, line breaks kept as the author typed them (a note's short lines are
 * its layout). Links keep their words; images are left out and counted.
 */
function inlineText(children: readonly Token[]): { text: string; images: number } {
  let text = ''
  let images = 0
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n'
    else if (child.type === 'image') images++
  }
  return {
    text: text
      .split('\n')
      .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
      .join('\n')
      .trim(),
    images,
  }
}

/**
 * Markdown as the plain text a caption or note carries (抖音文案, 小红书正文, 视频号描述): no markup, no
 * HTML, paragraphs a blank line apart and line breaks kept, list items on their own lines with their
 * marker (• or 1.), code as written, table rows as cells joined by ｜. Images are not text: they are
 * counted in `droppedImages` for the renderer to say so.
 */
export function markdownPlainText(tokens: readonly Token[]): { text: string; droppedImages: number } {
  const blocks: Block[] = []
  const lists: ListState[] = []
  let droppedImages = 0
  let pendingMarker: string | null = null
  let row: string[] | null = null
  /** Numbers each top-level list and each table: blocks of one run sit on consecutive lines. */
  let runs = 0

  const push = (text: string, tableRow = false): void => {
    if (text.trim() === '') return
    const depth = Math.max(0, lists.length - 1)
    const indent = '  '.repeat(depth)
    const marker = pendingMarker ?? (lists.length > 0 ? '  ' : '')
    pendingMarker = null
    const indented = text
      .split('\n')
      .map((line, index) => (index === 0 ? `${indent}${marker}${line}` : `${indent}  ${line}`))
      .join('\n')
    blocks.push({ text: lists.length > 0 ? indented : text, run: tableRow || lists.length > 0 ? runs : null })
  }

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    switch (token.type) {
      case 'bullet_list_open':
        if (lists.length === 0) runs++
        lists.push({ ordered: false, next: 0 })
        break
      case 'ordered_list_open':
        if (lists.length === 0) runs++
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) || 1 })
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop()
        break
      case 'list_item_open': {
        const list = lists[lists.length - 1]
        if (list?.ordered) {
          pendingMarker = `${list.next}. `
          list.next++
        } else pendingMarker = '• '
        break
      }
      case 'table_open':
        runs++
        break
      case 'tr_open':
        row = []
        break
      case 'tr_close':
        if (row) push(row.filter((cell) => cell !== '').join(' ｜ '), true)
        row = null
        break
      case 'fence':
      case 'code_block':
        push(token.content.replace(/\s+$/, ''))
        break
      case 'inline': {
        const { text, images } = inlineText(token.children ?? [])
        droppedImages += images
        if (row) row.push(text.replace(/\n/g, ' '))
        else push(text)
        break
      }
      default:
        break
    }
  }

  let text = ''
  blocks.forEach((block, index) => {
    if (index > 0) text += block.run !== null && block.run === blocks[index - 1].run ? '\n' : '\n\n'
    text += block.text
  })
  return { text, droppedImages }
}
