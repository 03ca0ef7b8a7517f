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

/** An item that could not be read plans nothing: the form still works, with nothing ticked for it. */
const NO_PLAN: ItemPlan = { targets: [], campaign: null, channels: [], scheduled: [] }

type ItemDoc = { targets?: unknown[] | null; campaign?: unknown }
type EntryDoc = { account?: unknown }
const LIVE_STATES = ['planned', 'waiting_approval', 'scheduled', 'publishing', 'published']

/**
 * The item's plan, read when the chosen item changes (`version` re-reads it after a save); null while
 * it is being read. The plan is kept with the item it was read for, so in the very render that another
 * item is chosen it is already null: the form never shows one item's plan as another's, even for a frame.
 */
export function useItemPlan(args: { relationTo: string | null; id: Id | null; version?: number }): ItemPlan | null {
  const [read, setRead] = useState<{ key: string; plan: ItemPlan } | null>(null)
  const { relationTo, version } = args
  // As text, so the same item given once as 5 and once as '5' is not read twice.
  const id = args.id === null ? null : String(args.id)
  const key = relationTo && id !== null ? `${relationTo}:${id}:${version ?? 0}` : null
  useEffect(() => {
    if (!relationTo || id === null || key === null) return
    const controller = new AbortController()
    const { signal } = controller
    void (async () => {
      const item = await adminFetch<ItemDoc>(`/${relationTo}/${encodeURIComponent(id)}?depth=0&draft=true`, { signal })
      if (signal.aborted) return
      if (!item.ok) return setRead({ key, plan: NO_PLAN })
      const campaign = idOf(item.data.campaign)
      const campaignDoc =
        campaign === null ? null : await adminFetch<{ channels?: string[] | null }>(`/campaigns/${campaign}?depth=0`, { signal })
      const states = LIVE_STATES.map((state, i) => `where[state][in][${i}]=${state}`).join('&')
      const entries = await adminFetch<{ docs: EntryDoc[] }>(
        `/calendar-entries?where[content.relationTo][equals]=${relationTo}&where[content.value][equals]=${encodeURIComponent(id)}&${states}&depth=0&limit=200`,
        { signal },
      )
      if (signal.aborted) return
      setRead({
        key,
        plan: {
          targets: (item.data.targets ?? []).map(idOf).filter((t): t is Id => t !== null),
          campaign,
          channels: campaignDoc?.ok ? (campaignDoc.data.channels ?? []) : [],
          scheduled: entries.ok ? entries.data.docs.map((e) => idOf(e.account)).filter((a): a is Id => a !== null) : [],
        },
      })
    })()
    return () => controller.abort()
  }, [relationTo, id, key])
  return read !== null && read.key === key ? read.plan : null
}
