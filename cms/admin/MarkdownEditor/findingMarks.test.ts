import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EditorState } from '@codemirror/state'
import { currentFindings, findingAt, findingMarks, scanFinished, scanStarted } from './findingMarks'
import type { FindingRange } from './findingRanges'

const finding = (text: string, matched: string, replacement: string | null = '很好'): FindingRange => {
  const from = text.indexOf(matched)
  return { from, to: from + matched.length, matched, word: matched, severity: 'block', replacement }
}

test('underlines follow the text as it is edited, and an edited word loses its underline', () => {
  const text = '这款最好，那款也最好'
  let state = EditorState.create({ doc: text, extensions: findingMarks })
  state = state.update({ effects: scanFinished.of([finding(text, '最好'), { ...finding(text, '最好'), from: 8, to: 10 }]) }).state
  state = state.update({ changes: { from: 0, insert: '前言。' } }).state
  assert.deepEqual(
    currentFindings(state).map((f) => [f.from, f.to, state.sliceDoc(f.from, f.to)]),
    [
      [5, 7, '最好'],
      [11, 13, '最好'],
    ],
  )
  // Typing inside the second occurrence: its text no longer reads 最好.
  state = state.update({ changes: { from: 12, insert: '不' } }).state
  assert.deepEqual(
    currentFindings(state).map((f) => state.sliceDoc(f.from, f.to)),
    ['最好'],
  )
})

test('a scan reply is placed on the text typed since the scan started', () => {
  const text = '最好的选择'
  let state = EditorState.create({ doc: text, extensions: findingMarks })
  state = state.update({ effects: scanStarted.of(null) }).state
  state = state.update({ changes: { from: 0, insert: '真的是' } }).state
  state = state.update({ effects: scanFinished.of([finding(text, '最好')]) }).state
  const [moved] = currentFindings(state)
  assert.equal(state.sliceDoc(moved.from, moved.to), '最好')
  assert.equal(moved.from, 3)
})

test('the finding under the cursor is the one the tooltip offers', () => {
  const text = '我们最好的产品'
  let state = EditorState.create({ doc: text, extensions: findingMarks })
  state = state.update({ effects: scanFinished.of([finding(text, '最好')]) }).state
  assert.equal(findingAt(state), null)
  state = state.update({ selection: { anchor: 3 } }).state
  assert.equal(findingAt(state)?.replacement, '很好')
})
