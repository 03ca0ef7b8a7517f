'use client'
import type { Extension } from '@codemirror/state'
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view'
import type { ScanResult } from '../FindingsPanel/scanText'
import { findingRanges } from './findingRanges'
import { scanFinished, scanStarted } from './findingMarks'

/** Quiet time after the last keystroke before the text is sent for checking. */
export const SCAN_DELAY_MS = 350

export type Scan = (args: { text: string; signal: AbortSignal }) => Promise<ScanResult>

/**
 * Scans the text when typing pauses, never on the keystroke itself; a newer scan cancels an older
 * one. Replies are placed on the text as it is by then (findingMarks maps them), and held back while
 * an input method is composing so the composition is never disturbed.
 */
export function liveScan(args: { scan: Scan; onResult?: (result: ScanResult) => void }): Extension {
  return ViewPlugin.fromClass(
    class {
      timer: ReturnType<typeof setTimeout> | null = null
      controller: AbortController | null = null

      constructor(readonly view: EditorView) {
        this.schedule(0)
      }

      update(update: ViewUpdate) {
        if (update.docChanged) this.schedule(SCAN_DELAY_MS)
      }

      schedule(delay: number) {
        if (this.timer) clearTimeout(this.timer)
        this.timer = setTimeout(() => this.start(), delay)
      }

      start() {
        this.timer = null
        if (this.view.composing) return this.schedule(SCAN_DELAY_MS)
        this.controller?.abort()
        const controller = new AbortController()
        this.controller = controller
        const text = this.view.state.doc.toString()
        this.view.dispatch({ effects: scanStarted.of(null) })
        void args.scan({ text, signal: controller.signal }).then((result) => {
          if (controller.signal.aborted) return
          args.onResult?.(result)
          // A failed check keeps the last underlines; the findings panel says why it failed.
          if (!result.ok) return
          const ranges = findingRanges({ text, rows: result.rows })
          this.deliver(controller, () => this.view.dispatch({ effects: scanFinished.of(ranges) }))
        })
      }

      deliver(controller: AbortController, dispatch: () => void) {
        if (controller.signal.aborted) return
        if (this.view.composing) setTimeout(() => this.deliver(controller, dispatch), 100)
        else dispatch()
      }

      destroy() {
        if (this.timer) clearTimeout(this.timer)
        this.controller?.abort()
      }
    },
  )
}
