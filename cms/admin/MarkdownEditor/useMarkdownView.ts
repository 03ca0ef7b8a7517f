'use client'
import { Annotation, EditorState, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useRef, useState, type RefObject } from 'react'

/** Marks a transaction that brought the form's value in (an AI rewrite, a restored version). */
const fromForm = Annotation.define<boolean>()

/** Quiet time after typing before the text goes to the form (counters, preview, autosave read it there). */
export const SETTLE_MS = 250

/**
 * One CodeMirror view bound to a form value. The editor owns the text while one types: it goes to
 * the form when typing pauses (and at once on blur or Ctrl/⌘+S), so no keystroke waits on React.
 * A value that changes from outside replaces the text — but never during an input method's
 * composition, which would lose the characters being composed; it is applied when that ends.
 */
export function useMarkdownView(args: {
  parent: RefObject<HTMLDivElement | null>
  value: string
  onSettled: (text: string) => void
  /** Null until known (they may depend on browser settings): the view is made once they are. */
  extensions: Extension | null
}): { view: EditorView | null; flush: () => void } {
  const [view, setView] = useState<EditorView | null>(null)
  const synced = useRef(args.value)
  const pendingFromForm = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const onSettled = useRef(args.onSettled)
  onSettled.current = args.onSettled
  const flushRef = useRef<() => void>(() => {})
  const applyRef = useRef<() => void>(() => {})
  const { extensions } = args

  useEffect(() => {
    const parent = args.parent.current
    if (!parent || extensions === null) return
    const flush = () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      const current = created.state.doc.toString()
      if (current === synced.current) return
      synced.current = current
      onSettled.current(current)
    }
    const settleLater = () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => (created.composing ? settleLater() : flush()), SETTLE_MS)
    }
    const applyFromForm = () => {
      const text = pendingFromForm.current
      if (text === null || created.composing) return
      pendingFromForm.current = null
      if (text === created.state.doc.toString()) return
      created.dispatch({ changes: { from: 0, to: created.state.doc.length, insert: text }, annotations: fromForm.of(true) })
    }
    const created = new EditorView({
      parent,
      state: EditorState.create({
        doc: synced.current,
        extensions: [
          extensions,
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromForm))) settleLater()
            // A value from outside that waited for a composition to end.
            if (pendingFromForm.current !== null && !update.view.composing) setTimeout(applyFromForm, 0)
          }),
          EditorView.domEventHandlers({
            blur: () => flush(),
            keydown: (event) => {
              // The form's own Ctrl/⌘+S saves what the form holds: hand it the text first.
              if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') flush()
              return false
            },
            compositionend: () => {
              setTimeout(applyFromForm, 0)
              return false
            },
          }),
        ],
      }),
    })
    flushRef.current = flush
    applyRef.current = applyFromForm
    setView(created)
    return () => {
      flush()
      created.destroy()
      setView(null)
    }
    // The view is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extensions === null])

  useEffect(() => {
    if (args.value === synced.current) return
    synced.current = args.value
    // The outside value wins over typing not yet handed to the form.
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    pendingFromForm.current = args.value
    applyRef.current()
  }, [args.value])

  return { view, flush: () => flushRef.current() }
}
