import { ChangeSet, StateEffect, StateField, type EditorState, type Extension, type Text } from '@codemirror/state'
import { Decoration, EditorView, showTooltip, type DecorationSet, type Tooltip } from '@codemirror/view'
import { replaceOccurrence, type FindingRange } from './findingRanges'

/** A scan of the current text has been sent: edits from now on are remembered to place its reply. */
export const scanStarted = StateEffect.define<null>()
/** A scan's reply, in the offsets of the text as it was when the scan started. */
export const scanFinished = StateEffect.define<readonly FindingRange[]>()

type FindingSpec = Omit<FindingRange, 'from' | 'to'>
type Marks = { decorations: DecorationSet; sinceScan: ChangeSet | null }

const SEVERITY_LABEL: Record<FindingRange['severity'], string> = { block: '禁用', review: '需确认', warn: '提醒' }

function mark(range: FindingRange) {
  const spec: FindingSpec = { matched: range.matched, word: range.word, severity: range.severity, replacement: range.replacement }
  return Decoration.mark({
    class: `cm-finding cm-finding-${range.severity}`,
    attributes: { 'data-word': range.matched, 'data-severity': range.severity },
    finding: spec,
  }).range(range.from, range.to)
}

/** The underlines, built from a scan reply and moved along with every edit typed since. */
export const findingMarks = StateField.define<Marks>({
  create: () => ({ decorations: Decoration.none, sinceScan: null }),
  update(value, tr) {
    let { decorations, sinceScan } = value
    if (tr.docChanged) {
      decorations = withoutEditedMarks({ decorations: decorations.map(tr.changes), changes: tr.changes, doc: tr.state.doc })
      if (sinceScan) sinceScan = sinceScan.compose(tr.changes)
    }
    for (const effect of tr.effects) {
      if (effect.is(scanStarted)) sinceScan = ChangeSet.empty(tr.state.doc.length)
      if (effect.is(scanFinished)) {
        const fresh = Decoration.set(effect.value.map(mark), true)
        decorations = sinceScan ? withoutEditedMarks({ decorations: fresh.map(sinceScan), changes: sinceScan, doc: tr.state.doc }) : fresh
        sinceScan = null
      }
    }
    return decorations === value.decorations && sinceScan === value.sinceScan ? value : { decorations, sinceScan }
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
})

/** Marks the edits reached whose text no longer reads as the finding (typing inside 最好). */
function withoutEditedMarks(args: { decorations: DecorationSet; changes: ChangeSet; doc: Text }): DecorationSet {
  let from = Infinity
  let to = -1
  args.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    from = Math.min(from, fromB)
    to = Math.max(to, toB)
  })
  if (to < 0) return args.decorations
  return args.decorations.update({
    filterFrom: from,
    filterTo: to,
    filter: (start, end, value) => end > start && args.doc.sliceString(start, end) === (value.spec.finding as FindingSpec).matched,
  })
}

/** Every underlined finding with its current offsets (tests and the findings panel's jump use it). */
export function currentFindings(state: EditorState): FindingRange[] {
  const found: FindingRange[] = []
  const iterator = state.field(findingMarks).decorations.iter()
  for (; iterator.value; iterator.next())
    found.push({ from: iterator.from, to: iterator.to, ...(iterator.value.spec.finding as FindingSpec) })
  return found
}

/** The finding under the cursor (or the one selected), if any. */
export function findingAt(state: EditorState): FindingRange | null {
  const { from, to } = state.selection.main
  let hit: FindingRange | null = null
  state.field(findingMarks).decorations.between(from, to, (start, end, value) => {
    if (start <= from && end >= to) {
      hit = { from: start, to: end, ...(value.spec.finding as FindingSpec) }
      return false
    }
  })
  return hit
}

/** Replaces the finding under the cursor by its suggestion; false when there is none. */
export function replaceFindingAtCursor(view: EditorView): boolean {
  const finding = findingAt(view.state)
  if (!finding) return false
  const change = replaceOccurrence({ text: view.state.doc.sliceString(0), range: finding })
  if (!change) return false
  view.dispatch({ changes: change, selection: { anchor: change.from + change.insert.length }, userEvent: 'input.replace' })
  view.focus()
  return true
}

function findingTooltip(state: EditorState): Tooltip | null {
  const finding = findingAt(state)
  if (!finding) return null
  return {
    pos: finding.from,
    end: finding.to,
    above: false,
    create: (view) => {
      const dom = document.createElement('div')
      dom.className = 'cm-finding-tooltip'
      dom.setAttribute('data-testid', 'finding-tooltip')
      const line = document.createElement('div')
      line.textContent =
        `[${SEVERITY_LABEL[finding.severity]}] 「${finding.word}」` + (finding.replacement === null ? '：暂无替换建议，请改写这句话' : '')
      dom.appendChild(line)
      if (finding.replacement !== null) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'btn btn--style-primary btn--size-small'
        button.setAttribute('data-testid', 'finding-replace')
        button.textContent = `替换为「${finding.replacement}」`
        // Keep the editor's selection (a mousedown would move it off the finding first).
        button.addEventListener('mousedown', (event) => event.preventDefault())
        button.addEventListener('click', () => replaceFindingAtCursor(view))
        dom.appendChild(button)
      }
      return { dom }
    },
  }
}

const tooltipField = StateField.define<Tooltip | null>({
  create: findingTooltip,
  update(tooltip, tr) {
    if (!tr.docChanged && !tr.selection && !tr.effects.some((e) => e.is(scanFinished))) return tooltip
    return findingTooltip(tr.state)
  },
  provide: (field) => showTooltip.from(field),
})

const findingTheme = EditorView.baseTheme({
  '.cm-finding': { textDecorationLine: 'underline', textDecorationStyle: 'wavy', textUnderlineOffset: '3px', cursor: 'pointer' },
  '.cm-finding-block': { textDecorationColor: 'var(--theme-error-500, #d33)', backgroundColor: 'rgba(221, 51, 51, 0.08)' },
  '.cm-finding-review': { textDecorationColor: 'var(--theme-warning-500, #e6a23c)' },
  '.cm-finding-warn': { textDecorationColor: 'var(--theme-elevation-500, #999)', textDecorationStyle: 'dotted' },
  '.cm-finding-tooltip': { padding: '6px 8px', display: 'flex', gap: '8px', alignItems: 'center', fontSize: '13px' },
  '.cm-finding-tooltip .btn': { margin: 0 },
})

/** Underlined findings with a tooltip that offers the suggestion in one click. */
export function findingsExtension(): Extension {
  return [findingMarks, tooltipField, findingTheme]
}
