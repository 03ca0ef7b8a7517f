'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { z } from 'zod'
import { adminFetch } from '../adminApi'

const savedCases = z.object({ docs: z.array(z.object({ id: z.union([z.string(), z.number()]), name: z.string() })) })
type SavedCase = z.infer<typeof savedCases>['docs'][number]

/** In the campaign's 复盘 group: the way to its 复盘 page, and the case saved from it if there is one. */
export function RetroLink() {
  const { id } = useDocumentInfo()
  const [saved, setSaved] = useState<SavedCase | null>(null)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    const query = `where[sourceCampaign][equals]=${encodeURIComponent(String(id))}&sort=-createdAt&limit=1&depth=0`
    void adminFetch<unknown>(`/campaign-templates?${query}`, { signal: controller.signal }).then((reply) => {
      if (!reply.ok) return
      const parsed = savedCases.safeParse(reply.data)
      setSaved(parsed.success ? (parsed.data.docs[0] ?? null) : null)
    })
    return () => controller.abort()
  }, [id])
  if (!id) return <p style={{ opacity: 0.7 }}>保存活动后可以打开复盘页。</p>
  return (
    <div data-testid="retro-link" style={{ margin: '0 0 12px', display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <a href={`/admin/retro/${encodeURIComponent(String(id))}`}>打开复盘页 →</a>
      {saved ? (
        <span>
          已存为案例：<a href={`/admin/collections/campaign-templates/${encodeURIComponent(String(saved.id))}`}>{saved.name}</a>
        </span>
      ) : null}
    </div>
  )
}
