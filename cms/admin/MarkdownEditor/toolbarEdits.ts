/** One toolbar action as plain edits: changes in the original text's offsets, the selection after them. */
export type TextEdit = {
  changes: { from: number; to: number; insert: string }[]
  selection: { anchor: number; head: number }
}

export type Selection = { text: string; from: number; to: number }

export const TOOLBAR_ACTIONS = ['heading', 'bold', 'list', 'quote', 'link', 'table', 'divider'] as const
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number]

const PLACEHOLDER = { bold: '加粗文字', link: '链接文字', url: 'https://' } as const

/** What each toolbar button does to the text and selection. Pure: used by the editor and its tests. */
export function toolbarEdit(action: ToolbarAction, selection: Selection): TextEdit {
  switch (action) {
    case 'heading':
      return toggleLinePrefix(selection, { pattern: /^#{1,6}\s+/, prefix: '## ' })
    case 'list':
      return toggleLinePrefix(selection, { pattern: /^[-*+]\s+/, prefix: '- ' })
    case 'quote':
      return toggleLinePrefix(selection, { pattern: /^>\s?/, prefix: '> ' })
    case 'bold':
      return toggleWrap(selection, { mark: '**', placeholder: PLACEHOLDER.bold })
    case 'link':
      return link(selection)
    case 'table':
      return insertBlock(selection, '| 列 1 | 列 2 | 列 3 |\n| --- | --- | --- |\n|  |  |  |')
    case 'divider':
      return insertBlock(selection, '---')
  }
}

/** The text (an image's Markdown from the picker) put in place of the selection, the cursor after it. */
export function insertAt(selection: Selection, insert: string): TextEdit {
  return { changes: [{ from: selection.from, to: selection.to, insert }], selection: at(selection.from + insert.length) }
}

/** `text` with the edit applied: what the editor will hold afterwards. */
export function applyEdit(text: string, edit: TextEdit): string {
  let result = text
  for (const change of [...edit.changes].sort((a, b) => b.from - a.from))
    result = result.slice(0, change.from) + change.insert + result.slice(change.to)
  return result
}

function at(offset: number) {
  return { anchor: offset, head: offset }
}

function lineStarts(selection: Selection): number[] {
  const { text } = selection
  const first = text.lastIndexOf('\n', selection.from - 1) + 1
  const starts = [first]
  // A selection ending at the start of a line does not take that line in.
  const end = selection.to > selection.from && text[selection.to - 1] === '\n' ? selection.to - 1 : selection.to
  for (let index = text.indexOf('\n', first); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** Every selected line gets the prefix; when all already have one, it is taken off instead. */
function toggleLinePrefix(selection: Selection, args: { pattern: RegExp; prefix: string }): TextEdit {
  const lines = lineStarts(selection).map((start) => {
    const end = selection.text.indexOf('\n', start)
    const line = selection.text.slice(start, end === -1 ? undefined : end)
    return { start, existing: args.pattern.exec(line)?.[0] ?? null }
  })
  const remove = lines.every((line) => line.existing !== null)
  const changes = lines.map((line) =>
    remove
      ? { from: line.start, to: line.start + (line.existing ?? '').length, insert: '' }
      : { from: line.start, to: line.start + (line.existing ?? '').length, insert: args.prefix },
  )
  const shift = (offset: number) =>
    changes.reduce(
      (moved, change) => (change.from < offset ? moved + change.insert.length - (Math.min(change.to, offset) - change.from) : moved),
      offset,
    )
  return { changes, selection: { anchor: shift(selection.from), head: shift(selection.to) } }
}

function toggleWrap(selection: Selection, args: { mark: string; placeholder: string }): TextEdit {
  const { text, from, to } = selection
  const size = args.mark.length
  if (text.slice(from - size, from) === args.mark && text.slice(to, to + size) === args.mark)
    return {
      changes: [
        { from: from - size, to: from, insert: '' },
        { from: to, to: to + size, insert: '' },
      ],
      selection: { anchor: from - size, head: to - size },
    }
  const inner = from === to ? args.placeholder : text.slice(from, to)
  return {
    changes: [{ from, to, insert: `${args.mark}${inner}${args.mark}` }],
    selection: { anchor: from + size, head: from + size + inner.length },
  }
}

/** `[text](https://)` with the address selected, ready to be typed or pasted over. */
function link(selection: Selection): TextEdit {
  const label = selection.from === selection.to ? PLACEHOLDER.link : selection.text.slice(selection.from, selection.to)
  const insert = `[${label}](${PLACEHOLDER.url})`
  const urlStart = selection.from + label.length + 3
  return {
    changes: [{ from: selection.from, to: selection.to, insert }],
    selection: { anchor: urlStart, head: urlStart + PLACEHOLDER.url.length },
  }
}

/** A block on lines of its own, with blank lines around it so Markdown reads it as a block. */
function insertBlock(selection: Selection, block: string): TextEdit {
  const { text, to } = selection
  const before = text.slice(Math.max(0, selection.from - 2), selection.from)
  const after = text.slice(to, to + 2)
  const lead = selection.from === 0 ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n'
  const insert = `${lead}${block}${trail}`
  return { changes: [{ from: selection.from, to, insert }], selection: at(selection.from + insert.length) }
}
