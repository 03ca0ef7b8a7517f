'use client'
import { useCallback, useEffect, useState } from 'react'
import type { Notification } from '../../payload-types'
import { adminFetch } from '../adminApi'

export type NoteRow = Pick<Notification, 'id' | 'message' | 'doc' | 'read' | 'createdAt'>

/** Checks again this often, and whenever the tab comes back into focus: light enough for every open admin tab. */
const POLL_MS = 30_000

/**
 * My unread count (polled), my latest notifications (read when the list opens) and marking them read.
 * Everything filters on the recipient: an admin may read everyone's notifications but counts only theirs.
 */
export function useNotifications(userId: string | number | undefined) {
  const [unread, setUnread] = useState(0)
  const [latest, setLatest] = useState<NoteRow[] | null>(null)
  const mine = userId === undefined ? '' : `where[recipient][equals]=${encodeURIComponent(String(userId))}`

  const count = useCallback(async () => {
    if (!mine || document.visibilityState === 'hidden') return
    const reply = await adminFetch<{ totalDocs: number }>(`/notifications?${mine}&where[read][equals]=false&limit=0&depth=0`)
    if (reply.ok) setUnread(reply.data.totalDocs)
  }, [mine])

  useEffect(() => {
    void count()
    const timer = window.setInterval(() => void count(), POLL_MS)
    const onFocus = () => void count()
    window.addEventListener('focus', onFocus)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', onFocus)
    }
  }, [count])

  const open = useCallback(async () => {
    if (!mine) return
    const reply = await adminFetch<{ docs: NoteRow[] }>(`/notifications?${mine}&sort=-createdAt&limit=10&depth=0`)
    if (reply.ok) setLatest(reply.data.docs)
    if (reply.ok && reply.data.docs.some((note) => !note.read)) {
      const marked = await adminFetch(`/notifications?${mine}&where[read][equals]=false`, { method: 'PATCH', body: { read: true } })
      if (marked.ok) setUnread(0)
    }
  }, [mine])

  return { unread, latest, open }
}
