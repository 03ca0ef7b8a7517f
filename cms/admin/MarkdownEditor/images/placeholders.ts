import { StateEffect, StateField, Transaction, type EditorState, type TransactionSpec } from '@codemirror/state'

type Range = { from: number; to: number }

const addPlaceholders = StateEffect.define<{ id: string; from: number; to: number }[]>()
const dropPlaceholder = StateEffect.define<string>()

/**
 * Where each upload's placeholder text sits, kept in step with every edit around it, so the
 * finished image lands where its placeholder is now (not where it was when the upload began).
 */
export const placeholderRanges = StateField.define<ReadonlyMap<string, Range>>({
  create: () => new Map(),
  update(ranges, tr) {
    let next: Map<string, Range> | null = null
    if (!tr.changes.empty && ranges.size > 0) {
      next = new Map()
      for (const [id, range] of ranges) {
        next.set(id, { from: tr.changes.mapPos(range.from, 1), to: tr.changes.mapPos(range.to, -1) })
      }
    }
    for (const effect of tr.effects) {
      if (effect.is(addPlaceholders)) {
        next ??= new Map(ranges)
        for (const { id, from, to } of effect.value) next.set(id, { from, to })
      } else if (effect.is(dropPlaceholder)) {
        next ??= new Map(ranges)
        next.delete(effect.value)
      }
    }
    return next ?? ranges
  },
})

export function placeholderText(name: string): string {
  return `![上传中：${name.replace(/[\\[\]]/g, '')}…]()`
}

/**
 * Replaces the selection with one placeholder per file, each on its own line, in the files' order.
 * Kept out of the undo history: undo never brings back a placeholder whose upload is over.
 */
export function insertPlaceholders(args: { state: EditorState; at: Range; files: { id: string; name: string }[] }): TransactionSpec {
  const { state, at } = args
  const lineStart = at.from === state.doc.lineAt(at.from).from
  const lineEnd = at.to === state.doc.lineAt(at.to).to
  let text = lineStart ? '' : '\n'
  const placed: { id: string; from: number; to: number }[] = []
  args.files.forEach((file, index) => {
    if (index > 0) text += '\n'
    const from = at.from + text.length
    text += placeholderText(file.name)
    placed.push({ id: file.id, from, to: at.from + text.length })
  })
  if (!lineEnd) text += '\n'
  return {
    changes: { from: at.from, to: at.to, insert: text },
    effects: addPlaceholders.of(placed),
    annotations: Transaction.addToHistory.of(false),
  }
}

/**
 * Takes a placeholder out (outside the undo history); null when it is already gone. With `wholeLine`,
 * a line that held only the placeholder goes with it.
 */
export function removePlaceholder(
  state: EditorState,
  id: string,
  options: { wholeLine?: boolean } = {},
): { spec: TransactionSpec; at: number } | null {
  const range = state.field(placeholderRanges, false)?.get(id)
  if (!range) return null
  let { from, to } = range
  const line = state.doc.lineAt(from)
  if (options.wholeLine && line.from === from && line.to === to && to > from) {
    if (to < state.doc.length) to += 1
    else if (from > 0) from -= 1
  }
  return {
    at: from,
    spec: {
      changes: to > from ? { from, to } : undefined,
      effects: dropPlaceholder.of(id),
      annotations: Transaction.addToHistory.of(false),
    },
  }
}

/**
 * The finished image where its placeholder was: two steps, so that undo takes the image out cleanly
 * (the placeholder never was in the history). With `markdown` null the placeholder just goes.
 */
export function resolvePlaceholder(state: EditorState, id: string, markdown: string | null): TransactionSpec[] {
  const removal = removePlaceholder(state, id, { wholeLine: markdown === null })
  if (!removal) return []
  const specs: TransactionSpec[] = [removal.spec]
  if (markdown) specs.push({ changes: { from: removal.at, insert: markdown }, userEvent: 'input.paste' })
  return specs
}
