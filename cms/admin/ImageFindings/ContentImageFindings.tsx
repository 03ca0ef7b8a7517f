'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { ContentImageFindings as ImageFindingsOfItem } from '../../compliance/imageFindingsOfContent'
import { adminFetch } from '../adminApi'
import { boxPlacement } from './boxPlacement'

const COLOURS = { block: '#d92d20', review: '#dc6803', warn: '#1570ef' } as const
const SEVERITY = { block: '禁止', review: '需人工确认', warn: '提示' } as const

/**
 * 图片中的敏感词: for the content's findings panel, the words read in the item's saved images (cover,
 * poster photo and sizes, body images), each image small with its boxes. Mount it with the panel.
 */
export function ContentImageFindings() {
  const { id, collectionSlug } = useDocumentInfo()
  const [images, setImages] = useState<ImageFindingsOfItem[] | null>(null)
  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    void adminFetch<{ images: ImageFindingsOfItem[] }>(`/media/image-findings/${collectionSlug}/${id}`, { signal: controller.signal }).then(
      (reply) => {
        if (reply.ok) setImages(reply.data.images)
      },
    )
    return () => controller.abort()
  }, [id, collectionSlug])
  const shown = (images ?? []).filter((image) => image.rows.length > 0 || image.status === 'failed' || image.status === 'pending')
  if (shown.length === 0) return null
  return (
    <div style={{ margin: '12px 0' }}>
      <h5 style={{ margin: '0 0 6px' }}>图片中的文字</h5>
      {shown.map((image) => (
        <div key={String(image.media.id)} style={{ display: 'flex', gap: 8, margin: '0 0 8px', fontSize: 12 }}>
          {image.media.url && (
            <div style={{ position: 'relative', width: 96, flex: 'none' }}>
              <img src={image.media.url} alt="" style={{ display: 'block', width: '100%' }} />
              {image.rows.map((row) =>
                row.box ? (
                  <div
                    key={row.word}
                    style={{
                      position: 'absolute',
                      ...boxPlacement({ box: row.box, width: image.media.width ?? 1, height: image.media.height ?? 1 }),
                      border: `1px solid ${COLOURS[row.severity]}`,
                    }}
                  />
                ) : null,
              )}
            </div>
          )}
          <div>
            <div>
              <a href={`/admin/collections/media/${image.media.id}`}>{image.label}</a>
            </div>
            {image.status === 'pending' && <div>正在识别图中文字…</div>}
            {image.status === 'failed' && <div style={{ color: COLOURS.review }}>文字未能识别：{image.error}</div>}
            {image.rows.map((row) => (
              <div key={row.word} style={{ color: COLOURS[row.severity] }}>
                「{row.word}」{SEVERITY[row.severity]}
                {row.replacement ? `，建议改为「${row.replacement}」` : ''}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  )
}
