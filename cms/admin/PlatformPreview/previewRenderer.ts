import type { PlatformId, RenderInput, RenderResult } from '../../../templates/types'

export type RenderJob = { seq: number; platform: PlatformId; input: RenderInput }
export type RenderReply = { seq: number; result: RenderResult } | { seq: number; error: string }

/** Where renders run (a Web Worker in the browser, the same thread as a fallback); replies come back in order. */
export type RenderTransport = { send: (job: RenderJob) => void; close: () => void }
export type TransportFactory = (onReply: (reply: RenderReply) => void) => RenderTransport

/**
 * One render at a time, newest wins: a request made while one is running waits, and replaces any
 * request already waiting, so a burst of keystrokes costs at most two renders; a reply that a newer
 * request has made stale is dropped, never shown.
 */
export function latestOnlyRenderer(makeTransport: TransportFactory) {
  let seq = 0
  let running: { seq: number; onDone: (reply: RenderReply) => void } | null = null
  let waiting: { job: RenderJob; onDone: (reply: RenderReply) => void } | null = null

  const transport = makeTransport((reply) => {
    if (!running || reply.seq !== running.seq) return
    const done = running.onDone
    running = null
    if (waiting) {
      const next = waiting
      waiting = null
      start(next.job, next.onDone)
      return
    }
    done(reply)
  })

  function start(job: RenderJob, onDone: (reply: RenderReply) => void) {
    running = { seq: job.seq, onDone }
    transport.send(job)
  }

  return {
    request(platform: PlatformId, input: RenderInput, onDone: (reply: RenderReply) => void) {
      const job = { seq: ++seq, platform, input }
      if (running) waiting = { job, onDone }
      else start(job, onDone)
    },
    close() {
      running = null
      waiting = null
      transport.close()
    },
  }
}
