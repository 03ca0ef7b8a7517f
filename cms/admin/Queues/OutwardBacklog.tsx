'use client'
import { useEffect, useState } from 'react'
import { adminFetch } from '../adminApi'
import { GIVEN_UP_DAYS, outwardBacklogWhere } from './outwardBacklogQuery'

type Backlog = { pending: number; failed: number; failedWhere: string; pendingWhere: string }

/**
 * On the 通知补发 card: how many notifications still wait for their e-mail or group copy, and how many
 * were given up this week, each linked to the notification list with that filter. Read again whenever
 * the board refreshes (`refreshKey`).
 */
export function OutwardBacklog({ refreshKey }: { refreshKey: unknown }) {
  const [backlog, setBacklog] = useState<Backlog | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    const pendingWhere = outwardBacklogWhere({ state: 'pending' })
    const failedWhere = outwardBacklogWhere({ state: 'failed', since: new Date(Date.now() - GIVEN_UP_DAYS * 86_400_000) })
    const count = (where: string) =>
      adminFetch<{ totalDocs: number }>(`/notifications?${where}&limit=0&depth=0`, { signal: controller.signal }).then((reply) =>
        reply.ok ? reply.data.totalDocs : null,
      )
    void Promise.all([count(pendingWhere), count(failedWhere)]).then(([pending, failed]) => {
      if (controller.signal.aborted || pending === null || failed === null) return
      setBacklog({ pending, failed, pendingWhere, failedWhere })
    })
    return () => controller.abort()
  }, [refreshKey])
  if (!backlog) return null
  return (
    <p data-outward-backlog>
      待补发：<a href={`/admin/collections/notifications?${backlog.pendingWhere}`}>{backlog.pending} 条通知</a>
      <span style={{ marginLeft: 16 }}>近 {GIVEN_UP_DAYS} 天已放弃：</span>
      <a href={`/admin/collections/notifications?${backlog.failedWhere}`} style={backlog.failed > 0 ? { color: '#cf1322' } : undefined}>
        {backlog.failed} 条
      </a>
    </p>
  )
}
