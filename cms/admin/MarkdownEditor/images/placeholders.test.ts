import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EditorState, type TransactionSpec } from '@codemirror/state'
import { history, undo } from '@codemirror/commands'
import { insertPlaceholders, placeholderRanges, placeholderText, resolvePlaceholder } from './placeholders'

function editor(doc: string, cursor = doc.length) {
  let state = EditorState.create({ doc, selection: { anchor: cursor }, extensions: [placeholderRanges, history()] })
  return {
    get text() {
      return state.doc.toString()
    },
    get state() {
      return state
    },
    apply(spec: TransactionSpec | TransactionSpec[]) {
      for (const one of Array.isArray(spec) ? spec : [spec]) state = state.update(one).state
    },
    undo() {
      undo({ state, dispatch: (tr) => (state = tr.state) })
    },
  }
}

test('placeholders go in at the cursor, one line per file, in order', () => {
  const ed = editor('前文后文', 2)
  ed.apply(
    insertPlaceholders({
      state: ed.state,
      at: { from: 2, to: 2 },
      files: [
        { id: 'a', name: 'a.png' },
        { id: 'b', name: 'b.png' },
      ],
    }),
  )
  assert.equal(ed.text, `前文\n${placeholderText('a.png')}\n${placeholderText('b.png')}\n后文`)
})

test('each placeholder becomes its image where it is now, even after typing before it', () => {
  const ed = editor('第一段\n\n', 5)
  ed.apply(
    insertPlaceholders({
      state: ed.state,
      at: { from: 5, to: 5 },
      files: [
        { id: 'a', name: 'a.png' },
        { id: 'b', name: 'b.png' },
      ],
    }),
  )
  ed.apply({ changes: { from: 0, insert: '新加的字' } })
  ed.apply(resolvePlaceholder(ed.state, 'b', '![b](/api/media/file/b.png)'))
  ed.apply(resolvePlaceholder(ed.state, 'a', '![a](/api/media/file/a.png)'))
  assert.equal(ed.text, '新加的字第一段\n\n![a](/api/media/file/a.png)\n![b](/api/media/file/b.png)')
  assert.equal(ed.state.field(placeholderRanges).size, 0)
})

test('a failed upload takes its placeholder line out and leaves the rest', () => {
  const ed = editor('甲\n乙', 1)
  ed.apply(insertPlaceholders({ state: ed.state, at: { from: 1, to: 1 }, files: [{ id: 'a', name: 'a.png' }] }))
  ed.apply(resolvePlaceholder(ed.state, 'a', null))
  assert.equal(ed.text, '甲\n乙')
})

test('a pasted image replaces the selection', () => {
  const ed = editor('换掉这里', 0)
  ed.apply(insertPlaceholders({ state: ed.state, at: { from: 0, to: 4 }, files: [{ id: 'a', name: 'a.png' }] }))
  ed.apply(resolvePlaceholder(ed.state, 'a', '![a](/api/media/file/a.png)'))
  assert.equal(ed.text, '![a](/api/media/file/a.png)')
})

test('undo takes the image out and never brings back a placeholder', () => {
  const ed = editor('正文', 2)
  ed.apply(insertPlaceholders({ state: ed.state, at: { from: 2, to: 2 }, files: [{ id: 'a', name: 'a.png' }] }))
  ed.apply(resolvePlaceholder(ed.state, 'a', '![a](/api/media/file/a.png)'))
  ed.undo()
  assert.equal(ed.text.includes('上传中'), false)
  assert.equal(ed.text.includes('![a]'), false)
})

test('a placeholder the writer deleted is simply forgotten', () => {
  const ed = editor('', 0)
  ed.apply(insertPlaceholders({ state: ed.state, at: { from: 0, to: 0 }, files: [{ id: 'a', name: 'a.png' }] }))
  ed.apply({ changes: { from: 0, to: ed.state.doc.length } })
  const specs = resolvePlaceholder(ed.state, 'a', '![a](/api/media/file/a.png)')
  ed.apply(specs)
  // The range collapsed to the start: the image still lands where the placeholder was.
  assert.equal(ed.text, '![a](/api/media/file/a.png)')
})
