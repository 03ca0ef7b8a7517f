'use client'
import { useEffect, useRef, useState } from 'react'
import type { PlatformId, RenderInput, RenderResult } from '../../../templates/types'
import { latestOnlyRenderer } from './previewRenderer'
import { mainThreadTransport } from './mainThreadTransport'

/** Typing pauses shorter than this do not start a render. */
export const PREVIEW_DELAY_MS = 250

type Shown = { key: string; platform: PlatformId | null; result: RenderResult | null; error: string | null }

/**
 * The preview of the input, rendered when the page is idle after a pause in typing; the last result
 * stays on screen (marked stale) until the new one is ready.
 */
export function useRenderedPreview(platform: PlatformId, input: RenderInput | null): Shown & { stale: boolean } {
  const renderer = useRef<ReturnType<typeof latestOnlyRenderer> | null>(null)
  const [shown, setShown] = useState<Shown>({ key: '', platform: null, result: null, error: null })
  const key = input ? JSON.stringify([platform, input]) : ''

  useEffect(() => {
    renderer.current = latestOnlyRenderer(mainThreadTransport)
    return () => {
      renderer.current?.close()
      renderer.current = null
    }
  }, [])

  // Only a change of `key` (platform and input together) starts a render; `shown` just picks the delay.
  const showsThisPlatform = shown.result !== null && shown.platform === platform
  useEffect(() => {
    if (!input || !key) return
    const timer = setTimeout(
      () =>
        renderer.current?.request(platform, input, (reply) =>
          setShown(
            'result' in reply ? { key, platform, result: reply.result, error: null } : { key, platform, result: null, error: reply.error },
          ),
        ),
      // The first render, and the first after switching platform, comes at once.
      showsThisPlatform ? PREVIEW_DELAY_MS : 0,
    )
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return { ...shown, stale: shown.key !== key }
}
