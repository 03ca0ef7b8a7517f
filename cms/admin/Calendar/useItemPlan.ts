'use client'
import { useEffect, useState } from 'react'
import { adminFetch } from '../adminApi'

type Id = string | number
const idOf = (value: unknown): Id | null =>
  typeof value === 'string' || typeof value === 'number'
    ? value
    : value !== null && typeof value === 'object' && 'id' in value && (typeof value.id === 'string' || typeof value.id === 'number')
      ? value.id
      : null

/** What scheduling an item starts from: its own 发布账号, its campaign and that campaign's channels, the accounts it already has slots on. */
export type ItemPlan = { targets: Id[]; campaign: Id | null; channels: string[]; scheduled: Id[] }

type ItemDoc = { targets?: unknown[] | null; campaign?: unknown }
type EntryDoc = { account?: unknown }
const LIVE_STATES = ['planned', 'waiting_approval', 'scheduled', 'publishing', 'published']

/** The item's plan, read when the chosen item changes (`version` re-reads it after a save). */
export function useItemPlan(args: { relationTo: string | null; id: Id | null; version?: number }): ItemPlan | null {
  const [plan, setPlan] = useState<ItemPlan | null>(null)
  const { relationTo, id, version } = args
  useEffect(() => {
    setPlan(null)
    if (!relationTo || id === null) return
    const controller = new AbortController()
    const { signal } = controller
    void (async () => {
      const item = await adminFetch<ItemDoc>(`/${relationTo}/${encodeURIComponent(String(id))}?depth=0&draft=true`, { signal })
      if (!item.ok) return
      const campaign = idOf(item.data.campaign)
      const campaignDoc =
        campaign === null ? null : await adminFetch<{ channels?: string[] | null }>(`/campaigns/${campaign}?depth=0`, { signal })
      const states = LIVE_STATES.map((state, i) => `where[state][in][${i}]=${state}`).join('&')
      const entries = await adminFetch<{ docs: EntryDoc[] }>(
        `/calendar-entries?where[content.relationTo][equals]=${relationTo}&where[content.value][equals]=${encodeURIComponent(String(id))}&${states}&depth=0&limit=200`,
        { signal },
      )
      if (signal.aborted) return
      setPlan({
        targets: (item.data.targets ?? []).map(idOf).filter((t): t is Id => t !== null),
        campaign,
        channels: campaignDoc?.ok ? (campaignDoc.data.channels ?? []) : [],
        scheduled: entries.ok ? entries.data.docs.map((e) => idOf(e.account)).filter((a): a is Id => a !== null) : [],
      })
    })()
    return () => controller.abort()
  }, [relationTo, id, version])
  return plan
}
