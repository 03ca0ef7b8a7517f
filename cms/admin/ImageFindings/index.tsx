'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { readStoredImageFindings, type ImageFindingRow } from '../../compliance/imageFindingsShape'
import type { Media } from '../../payload-types'
import { adminFetch } from '../adminApi'
import { boxPlacement } from './boxPlacement'

const POLL_MS = 3000
const COLOURS: Record<ImageFindingRow['severity'], string> = { block: '#d92d20', review: '#dc6803', warn: '#1570ef' }
const SEVERITY: Record<ImageFindingRow['severity'], string> = { block: '禁止', review: '需人工确认', warn: '提示' }
const STATUS: Record<string, string> = {
  pending: '正在识别图中文字…',
  done: '已识别图中文字',
  failed: '图中文字识别失败',
  skipped: '无需识别（不是图片，或图片太小）',
}

type Shown = Pick<Media, 'url' | 'width' | 'height' | 'mimeType' | 'ocr'>

/** 图中文字: the image with a box over each sensitive word read in it, and the list of those words. */
export function ImageFindings() {
  const { id, initialData } = useDocumentInfo()
  const [media, setMedia] = useState<Shown | null>((initialData as Shown | undefined) ?? null)
  const status = media?.ocr?.status ?? null

  // While the worker reads the image, look again every few seconds.
  useEffect(() => {
    if (!id || (status !== 'pending' && status !== null)) return
    const controller = new AbortController()
    const timer = setInterval(() => {
      void adminFetch<Shown>(`/media/${id}?depth=0`, { signal: controller.signal }).then((reply) => {
        if (reply.ok) setMedia(reply.data)
      })
    }, POLL_MS)
    return () => {
      clearInterval(timer)
      controller.abort()
    }
  }, [id, status])

  if (!id || !media || !String(media.mimeType ?? '').startsWith('image/')) return null
  const stored = readStoredImageFindings(media.ocr?.findings)
  const rows = stored && 'rows' in stored ? stored.rows : []
  const width = stored && 'width' in stored ? stored.width : (media.width ?? 1)
  const height = stored && 'height' in stored ? stored.height : (media.height ?? 1)
  return (
    <div style={{ margin: '0 0 24px' }}>
      <h4 style={{ margin: '0 0 8px' }}>图中文字检测</h4>
      <p style={{ fontSize: 12, margin: '0 0 8px' }}>
        {STATUS[status ?? 'pending']}
        {stored && 'error' in stored ? `：${stored.error}` : ''}
        {status === 'done' ? (rows.length === 0 ? '，未发现敏感词。' : `，发现 ${rows.length} 个敏感词（框出位置）。`) : ''}
      </p>
      {media.url && (
        <div style={{ position: 'relative', display: 'inline-block', maxWidth: '100%' }}>
          <img src={media.url} alt="" style={{ display: 'block', maxWidth: '100%', maxHeight: 480 }} />
          {rows.flatMap((row) =>
            row.boxes.map((box, index) =>
              box ? (
                <div
                  key={`${row.word}-${index}`}
                  title={`「${row.word}」（${SEVERITY[row.severity]}）`}
                  style={{
                    position: 'absolute',
                    ...boxPlacement({ box, width, height }),
                    border: `2px solid ${COLOURS[row.severity]}`,
                    background: `${COLOURS[row.severity]}22`,
                    boxSizing: 'border-box',
                  }}
                />
              ) : null,
            ),
          )}
        </div>
      )}
      {media.ocr?.text ? (
        <details style={{ fontSize: 12, margin: '8px 0 0' }}>
          <summary>识别出的文字</summary>
          <pre style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{media.ocr.text}</pre>
        </details>
      ) : null}
      {rows.length > 0 && (
        <ul style={{ fontSize: 13, margin: '8px 0 0', paddingLeft: 18 }}>
          {rows.map((row) => (
            <li key={row.word} style={{ color: COLOURS[row.severity] }}>
              「{row.word}」{SEVERITY[row.severity]}
              {row.count > 1 ? ` ×${row.count}` : ''}
              {row.replacement ? `，建议改为「${row.replacement}」` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
