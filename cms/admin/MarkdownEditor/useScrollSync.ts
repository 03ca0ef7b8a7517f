'use client'
import type { EditorView } from '@codemirror/view'
import { useCallback, useEffect, useRef, useState } from 'react'
import { RATIO_EPSILON, scrollRatioOf, scrollTopFor } from './scrollRatio'

/**
 * Editor and preview scroll together: the editor's position goes to the preview as a ratio (once a
 * frame at most), and the preview's comes back to the editor. A position that arrives from the other
 * side is not sent back, so the two never chase each other.
 */
export function useScrollSync(args: { view: EditorView | null; enabled: boolean }): {
  ratio: number
  onPreviewScroll: (ratio: number) => void
} {
  const [ratio, setRatio] = useState(0)
  const last = useRef(0)
  const { view, enabled } = args
  useEffect(() => {
    if (!view || !enabled) return
    const scroller = view.scrollDOM
    let frame = 0
    const onScroll = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const next = scrollRatioOf(scroller)
        if (Math.abs(next - last.current) < RATIO_EPSILON) return
        last.current = next
        setRatio(next)
      })
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      scroller.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [view, enabled])

  const onPreviewScroll = useCallback(
    (next: number) => {
      if (!view || Math.abs(next - last.current) < RATIO_EPSILON) return
      last.current = next
      view.scrollDOM.scrollTop = scrollTopFor(view.scrollDOM, next)
    },
    [view],
  )
  return { ratio, onPreviewScroll }
}
