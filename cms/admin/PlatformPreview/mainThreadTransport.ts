import { renderForPlatform } from '../../../templates/renderForPlatform'
import type { TransportFactory } from './previewRenderer'

/** Renders on this thread after the current task (where no Web Worker can start). */
export const mainThreadTransport: TransportFactory = (onReply) => {
  let closed = false
  return {
    send(job) {
      setTimeout(() => {
        if (closed) return
        try {
          onReply({ seq: job.seq, result: renderForPlatform({ platform: job.platform, input: job.input }) })
        } catch (error) {
          onReply({ seq: job.seq, error: error instanceof Error ? error.message : String(error) })
        }
      }, 0)
    },
    close() {
      closed = true
    },
  }
}
