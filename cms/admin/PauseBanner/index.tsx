'use client'
import { useEffect, useState } from 'react'
import type { PlatformAccount, PublishingPause } from '../../payload-types'
import { adminFetch } from '../adminApi'
import { useTeamTimezone } from '../useTeamTimezone'

type Pause = Pick<PublishingPause, 'active' | 'reason' | 'at'>
type Paused = { label: string; reason: string; at: string | null; link: string }

/**
 * A red line at the top of the home page and the calendar while publishing is paused (all of it, or
 * some accounts): why, since when, and where an admin resumes it. Nothing is shown otherwise.
 */
export function PauseBanner() {
  const [paused, setPaused] = useState<Paused[]>([])
  const timeZone = useTeamTimezone()

  useEffect(() => {
    const controller = new AbortController()
    void (async () => {
      const [all, accounts] = await Promise.all([
        adminFetch<Pause>('/globals/publishing-pause?depth=0', { signal: controller.signal }),
        adminFetch<{ docs: Pick<PlatformAccount, 'id' | 'name' | 'pause'>[] }>(
          '/platform-accounts?where[pause.active][equals]=true&depth=0&limit=50',
          { signal: controller.signal },
        ),
      ])
      const list: Paused[] = []
      if (all.ok && all.data.active)
        list.push({
          label: '全部发布已暂停',
          reason: all.data.reason ?? '',
          at: all.data.at ?? null,
          link: '/admin/globals/publishing-pause',
        })
      if (accounts.ok) {
        for (const a of accounts.data.docs)
          list.push({
            label: `「${a.name}」已暂停发布`,
            reason: a.pause?.reason ?? '',
            at: a.pause?.at ?? null,
            link: `/admin/collections/platform-accounts/${a.id}`,
          })
      }
      setPaused(list)
    })()
    return () => controller.abort()
  }, [])

  if (paused.length === 0) return null
  return (
    <div
      role="alert"
      style={{
        margin: '16px 0',
        padding: '10px 12px',
        border: '1px solid #cf1322',
        borderRadius: 4,
        background: '#fff1f0',
        color: '#a8071a',
      }}
    >
      {paused.map((p) => (
        <div key={p.link}>
          <strong>{p.label}</strong>
          {p.reason ? `：${p.reason}` : ''}
          {p.at ? `（${new Date(p.at).toLocaleString('zh-CN', { timeZone, hour12: false })} 起）` : ''} 到点的发布会等待，不会丢失。
          <a href={p.link} style={{ marginLeft: 8 }}>
            恢复发布
          </a>
        </div>
      ))}
    </div>
  )
}
