'use client'
import type { RefObject } from 'react'
import { PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import type { RenderResult } from '../../../templates/types'

/** A scroller the caller follows (synchronised scrolling): the frame fills its parent's height and scrolls inside. */
export type FrameScroller = { ref: RefObject<HTMLDivElement | null>; onScroll: () => void }

const phone: React.CSSProperties = {
  width: 375,
  margin: '0 auto',
  border: '10px solid #1f1f1f',
  borderRadius: 32,
  overflow: 'hidden',
  background: '#fff',
  boxSizing: 'content-box',
}

/**
 * The rendered result in the shape the reader sees, by its format: a card for a short text post
 * (微博), a phone for WeChat's HTML, a page for plain HTML (头条).
 */
export function PreviewFrame({ platform, result, scroller }: { platform: PlatformId; result: RenderResult; scroller?: FrameScroller }) {
  const maxLength = PLATFORM_PROFILES[platform].text.body.max
  const scrolling = (content: React.ReactNode) =>
    scroller ? (
      <div
        ref={scroller.ref}
        onScroll={scroller.onScroll}
        data-testid="live-preview-scroller"
        style={{ height: '100%', overflowY: 'auto' }}
      >
        {content}
      </div>
    ) : (
      content
    )
  if (result.format === 'text') {
    return scrolling(
      <div
        style={{
          maxWidth: 480,
          margin: '0 auto',
          border: '1px solid #e6e6e6',
          borderRadius: 8,
          padding: 16,
          background: '#fff',
          color: '#333',
        }}
      >
        <div style={{ fontWeight: 600, marginBottom: 8 }}>
          社区生活馆 <span style={{ fontWeight: 400, color: '#999', fontSize: 12 }}>刚刚</span>
        </div>
        {/* Plain text: React escapes it. */}
        <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>{result.body}</div>
        <div style={{ marginTop: 8, fontSize: 12, color: '#999' }}>
          {[...result.body].length}
          {maxLength ? ` / ${maxLength}` : ''} 字
        </div>
      </div>,
    )
  }
  // Renderer output escapes all Markdown source (raw HTML is off), so it is safe to show as HTML.
  const page = (
    <div style={{ padding: 16, color: '#333' }}>
      <h1 style={{ fontSize: 22, lineHeight: 1.4, margin: '0 0 12px' }}>{result.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: result.body }} />
    </div>
  )
  if (result.format === 'wechat-html') {
    return (
      <div style={{ ...phone, height: scroller ? 'calc(100% - 20px)' : undefined }} data-testid="preview-phone">
        {scroller ? scrolling(page) : <div style={{ height: 560, overflowY: 'auto' }}>{page}</div>}
      </div>
    )
  }
  return scrolling(<div style={{ maxWidth: 680, margin: '0 auto', border: '1px solid #e6e6e6', background: '#fff' }}>{page}</div>)
}
