/// <reference lib="webworker" />
import { renderForPlatform } from '../../../templates/renderForPlatform'
import type { RenderJob, RenderReply } from './previewRenderer'

/** Renders previews off the page's main thread, so typing never waits for a 20,000-character render. */
self.onmessage = (event: MessageEvent<RenderJob>) => {
  const { seq, platform, input } = event.data
  let reply: RenderReply
  try {
    reply = { seq, result: renderForPlatform({ platform, input }) }
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
