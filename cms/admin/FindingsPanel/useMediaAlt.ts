'use client'
import { useEffect, useState } from 'react'
import { z } from 'zod'
import { mediaRefsOf, type MediaAlt } from '../../compliance/outgoingMedia'
import { adminFetch } from '../adminApi'

const mediaList = z.object({
  docs: z.array(z.object({ id: z.union([z.string(), z.number()]), alt: z.string().nullish(), filename: z.string().nullish() })),
})

const EMPTY: MediaAlt = { byId: new Map(), byFilename: new Map() }

/** The alt texts of the media the form uses (cover, poster images, body images), read as the form changes. */
export function useMediaAlt(args: { collection: string; data: object }): MediaAlt {
  const { ids, filenames } = mediaRefsOf(args)
  const key = JSON.stringify([ids, filenames])
  const [media, setMedia] = useState<MediaAlt>(EMPTY)
  useEffect(() => {
    if (ids.length === 0 && filenames.length === 0) {
      setMedia(EMPTY)
      return
    }
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: '100', 'select[alt]': 'true', 'select[filename]': 'true' })
    if (ids.length) query.set('where[or][0][id][in]', ids.join(','))
    if (filenames.length) query.set(`where[or][${ids.length ? 1 : 0}][filename][in]`, filenames.join(','))
    void adminFetch<unknown>(`/media?${query.toString()}`, { signal: controller.signal }).then((reply) => {
      if (!reply.ok || controller.signal.aborted) return
      const parsed = mediaList.safeParse(reply.data)
      if (!parsed.success) return
      const byId = new Map<string, string>()
      const byFilename = new Map<string, string>()
      for (const doc of parsed.data.docs) {
        byId.set(String(doc.id), doc.alt ?? '')
        if (doc.filename) byFilename.set(doc.filename, doc.alt ?? '')
      }
      setMedia({ byId, byFilename })
    })
    return () => controller.abort()
    // `key` captures every change of the media the form uses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return media
}
