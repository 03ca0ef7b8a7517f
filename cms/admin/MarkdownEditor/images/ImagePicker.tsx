'use client'
import { useEffect, useState } from 'react'
import { adminFetch } from '../../adminApi'
import { altFromFileName, imageMarkdown } from './imageMarkdown'
import { mediaListPath, parseLibraryPage, type LibraryImage } from './mediaLibrary'
import { ScriptButton, ScriptInput } from '../../ScriptControls'

type Listing =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; images: LibraryImage[]; totalPages: number; totalDocs: number }

/** A dialog listing the library's images (search by file name or alt text, page by page); a click inserts one as Markdown. */
export function ImagePicker({ onPick, onClose }: { onPick: (markdown: string) => void; onClose: () => void }) {
  const [typed, setTyped] = useState('')
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [listing, setListing] = useState<Listing>({ state: 'loading' })

  // Searching waits for a pause in typing; a newer search cancels the one still on its way.
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed)
      setPage(1)
    }, 250)
    return () => clearTimeout(timer)
  }, [typed])

  useEffect(() => {
    const controller = new AbortController()
    setListing({ state: 'loading' })
    void adminFetch<unknown>(mediaListPath({ search, page }), { signal: controller.signal }).then((reply) => {
      if (controller.signal.aborted) return
      if (!reply.ok) return setListing({ state: 'failed', message: reply.message })
      const parsed = parseLibraryPage(reply.data)
      setListing(parsed ? { state: 'ready', ...parsed } : { state: 'failed', message: '素材库的回复无法识别，请稍后重试。' })
    })
    return () => controller.abort()
  }, [search, page])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const pick = (image: LibraryImage) => {
    onPick(imageMarkdown({ alt: image.alt || altFromFileName(image.filename), filename: image.filename }))
    onClose()
  }

  return (
    <div
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000,
        background: 'rgba(0,0,0,0.4)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-label="插入素材库图片"
        data-testid="image-picker"
        style={{
          background: 'var(--theme-elevation-0)',
          color: 'var(--theme-elevation-800)',
          borderRadius: 8,
          padding: 16,
          width: 'min(880px, 94vw)',
          maxHeight: '86vh',
          display: 'flex',
          flexDirection: 'column',
          gap: 12,
        }}
      >
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <strong style={{ flex: 'none' }}>插入图片</strong>
          <ScriptInput
            autoFocus
            type="search"
            value={typed}
            placeholder="按文件名或替代文字搜索"
            aria-label="搜索图片"
            onChange={(event) => setTyped(event.target.value)}
            style={{ flex: 1, padding: '6px 8px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
          />
          <ScriptButton className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={onClose}>
            关闭
          </ScriptButton>
        </div>
        <div style={{ overflowY: 'auto', minHeight: 200 }}>
          {listing.state === 'loading' && <p>正在加载素材库…</p>}
          {listing.state === 'failed' && <p style={{ color: 'var(--theme-error-500)' }}>{listing.message || '加载失败，请稍后重试。'}</p>}
          {listing.state === 'ready' && listing.images.length === 0 && (
            <p>{search.trim() ? `没有找到与「${search.trim()}」相关的图片。` : '素材库里还没有图片。'}</p>
          )}
          {listing.state === 'ready' && listing.images.length > 0 && (
            <ul
              style={{
                listStyle: 'none',
                margin: 0,
                padding: 0,
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
                gap: 12,
              }}
            >
              {listing.images.map((image) => (
                <li key={image.id}>
                  <ScriptButton
                    data-testid="image-picker-item"
                    title={`插入「${image.alt || image.filename}」`}
                    onClick={() => pick(image)}
                    style={{
                      width: '100%',
                      padding: 4,
                      border: '1px solid var(--theme-elevation-150)',
                      borderRadius: 4,
                      background: 'var(--theme-elevation-50)',
                      cursor: 'pointer',
                      textAlign: 'left',
                    }}
                  >
                    <img
                      src={image.thumbnailUrl}
                      alt={image.alt}
                      loading="lazy"
                      style={{ width: '100%', height: 100, objectFit: 'cover', display: 'block' }}
                    />
                    <span
                      style={{
                        display: 'block',
                        fontSize: 12,
                        marginTop: 4,
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        whiteSpace: 'nowrap',
                      }}
                    >
                      {image.alt || image.filename}
                    </span>
                    {image.width && image.height && (
                      <span style={{ display: 'block', fontSize: 11, color: 'var(--theme-elevation-500)' }}>
                        {image.width}×{image.height}
                      </span>
                    )}
                  </ScriptButton>
                </li>
              ))}
            </ul>
          )}
        </div>
        {listing.state === 'ready' && listing.totalPages > 1 && (
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', justifyContent: 'flex-end', fontSize: 12 }}>
            <span>
              共 {listing.totalDocs} 张，第 {page} / {listing.totalPages} 页
            </span>
            <ScriptButton
              className="btn btn--style-secondary btn--size-small"
              style={{ margin: 0 }}
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              上一页
            </ScriptButton>
            <ScriptButton
              className="btn btn--style-secondary btn--size-small"
              style={{ margin: 0 }}
              disabled={page >= listing.totalPages}
              onClick={() => setPage(page + 1)}
            >
              下一页
            </ScriptButton>
          </div>
        )}
      </div>
    </div>
  )
}
