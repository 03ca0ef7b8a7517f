'use client'
import { EditorView } from '@codemirror/view'
import { useEffect } from 'react'
import { locateOccurrence } from './findingRanges'
import { readReplaceDetail, readRevealDetail, REPLACE_EVENT, REVEAL_EVENT } from './editorEvents'

/** The findings panel's 定位 and 替换 for this editor's field: select the word, or replace it. */
export function useEditorEvents(args: { view: EditorView | null; field: string }) {
  const { view, field } = args
  useEffect(() => {
    if (!view) return
    const onReveal = (event: Event) => {
      const detail = readRevealDetail((event as CustomEvent<unknown>).detail)
      if (!detail || detail.field !== field) return
      const at = locateOccurrence({ text: view.state.doc.toString(), ...detail })
      if (!at) return
      event.preventDefault()
      view.dom.scrollIntoView({ block: 'center', behavior: 'smooth' })
      view.dispatch({ selection: { anchor: at.from, head: at.to }, effects: EditorView.scrollIntoView(at.from, { y: 'center' }) })
      view.focus()
    }
    const onReplace = (event: Event) => {
      const detail = readReplaceDetail((event as CustomEvent<unknown>).detail)
      if (!detail || detail.field !== field) return
      const at = locateOccurrence({ text: view.state.doc.toString(), ...detail })
      event.preventDefault()
      if (!at) return
      view.dispatch({
        changes: { ...at, insert: detail.replacement },
        selection: { anchor: at.from + detail.replacement.length },
        userEvent: 'input.replace',
      })
    }
    window.addEventListener(REVEAL_EVENT, onReveal)
    window.addEventListener(REPLACE_EVENT, onReplace)
    return () => {
      window.removeEventListener(REVEAL_EVENT, onReveal)
      window.removeEventListener(REPLACE_EVENT, onReplace)
    }
  }, [view, field])
}
