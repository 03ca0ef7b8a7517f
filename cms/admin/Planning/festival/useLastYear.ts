'use client'
import { useEffect, useState } from 'react'
import { lastYearReplySchema, type LastYearReply } from '../../../collections/Festivals/endpoints/lastYearReply'
import { adminFetch } from '../../adminApi'

export type LastYearState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; reply: LastYearReply }

/** Reads GET /api/festivals/:id/last-year once per festival (and again after a save: `version`). */
export function useLastYear(args: { id: string | number | undefined; version: string | undefined }): LastYearState | null {
  const [state, setState] = useState<LastYearState | null>(null)
  useEffect(() => {
    if (args.id === undefined) return
    const controller = new AbortController()
    setState({ status: 'loading' })
    void adminFetch<unknown>(`/festivals/${args.id}/last-year`, { signal: controller.signal }).then((reply) => {
      if (controller.signal.aborted) return
      if (!reply.ok) return setState({ status: 'error', message: reply.message })
      const parsed = lastYearReplySchema.safeParse(reply.data)
      setState(
        parsed.success ? { status: 'ready', reply: parsed.data } : { status: 'error', message: '去年同期的内容读取失败，请刷新重试。' },
      )
    })
    return () => controller.abort()
  }, [args.id, args.version])
  return state
}
