'use client'
import { mainThreadTransport } from './mainThreadTransport'
import type { RenderJob, RenderReply, TransportFactory } from './previewRenderer'

/**
 * Renders in a Web Worker; if the worker cannot start (or dies), falls back to this thread for good
 * and sends the job it was working on again, so a preview always appears.
 */
export const workerTransport: TransportFactory = (onReply) => {
  let fallback: ReturnType<TransportFactory> | null = null
  let inFlight: RenderJob | null = null
  let worker: Worker | null = null
  const switchToFallback = () => {
    worker?.terminate()
    worker = null
    fallback ??= mainThreadTransport(onReply)
    if (inFlight) fallback.send(inFlight)
  }
  try {
    worker = new Worker(new URL('./renderWorker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<RenderReply>) => {
      inFlight = null
      onReply(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      switchToFallback()
    }
  } catch {
    switchToFallback()
  }
  return {
    send(job) {
      inFlight = job
      if (worker) worker.postMessage(job)
      else fallback?.send(job)
    },
    close() {
      worker?.terminate()
      fallback?.close()
    },
  }
}
