'use client'
import { useEffect, useState } from 'react'
import { PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import type { RenderResult } from '../../../templates/types'
import { adminFetch } from '../adminApi'
import { PreviewFrame } from '../PlatformPreview/PreviewFrame'

/** One platform's preview of the item, small, from the render endpoint the item's own preview uses. */
export function SlotPreview(props: { relationTo: string; id: string | number; platform: PlatformId }) {
  const [result, setResult] = useState<RenderResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    void adminFetch<RenderResult>(
      `/${props.relationTo}/${encodeURIComponent(String(props.id))}/render?platform=${props.platform}&draft=true`,
      { signal: controller.signal },
    ).then((reply) => {
      if (controller.signal.aborted) return
      if (reply.ok) setResult(reply.data)
      else setProblem(reply.message || '预览读取失败')
    })
    return () => controller.abort()
  }, [props.relationTo, props.id, props.platform])
  return (
    <figure data-slot-preview={props.platform} style={{ margin: 0, width: 240 }}>
      <figcaption style={{ fontSize: 12, marginBottom: 4 }}>{PLATFORM_PROFILES[props.platform].shortLabel.zh}预览</figcaption>
      {problem && <div style={{ fontSize: 12, color: 'var(--theme-error-500)' }}>{problem}</div>}
      {!result && !problem && <div style={{ fontSize: 12 }}>正在生成预览…</div>}
      {result && (
        <>
          {result.issues.map((issue, i) => (
            <div
              key={i}
              style={{ fontSize: 12, color: issue.severity === 'error' ? 'var(--theme-error-500)' : 'var(--theme-warning-500)' }}
            >
              {issue.message}
            </div>
          ))}
          <div style={{ height: 300, overflow: 'hidden' }}>
            <div style={{ width: 400, transform: 'scale(0.6)', transformOrigin: 'top left' }}>
              <PreviewFrame platform={props.platform} result={result} />
            </div>
          </div>
        </>
      )}
    </figure>
  )
}
