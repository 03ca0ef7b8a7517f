import { renderForPlatform } from '../../../templates/renderForPlatform'
import type { TransportFactory } from './previewRenderer'

type IdleScheduler = (run: () => void) => void

/** When the page is idle (between keystrokes, not in the middle of one); a timer where there is no idle callback (Node, Safari). */
const whenIdle: IdleScheduler = (run) => {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(run, { timeout: 1000 })
  else setTimeout(run, 0)
}

/**
 * Renders on the page's thread when it is idle. (A Web Worker would keep even that off the page, but
 * this Next build emits `new Worker(new URL(…))` targets as raw files rather than bundles.)
 */
export const mainThreadTransport: TransportFactory = (onReply) => {
  let closed = false
  return {
    send(job) {
      whenIdle(() => {
        if (closed) return
        try {
          onReply({ seq: job.seq, result: renderForPlatform({ platform: job.platform, input: job.input }) })
        } catch (error) {
          onReply({ seq: job.seq, error: error instanceof Error ? error.message : String(error) })
        }
      })
    },
    close() {
      closed = true
    },
  }
}
