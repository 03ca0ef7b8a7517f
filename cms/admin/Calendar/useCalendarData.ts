'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { rangeBounds } from '../../calendar/calendarGrid'
import type { ContentSlug } from '../../content'
import type { CalendarEntry, Campaign, PlatformAccount, Topic } from '../../payload-types'
import { adminFetch } from '../adminApi'

type SlotBase = Pick<CalendarEntry, 'id' | 'publishAt' | 'state' | 'mode' | 'tagId' | 'titleVariant'> & {
  title: string | null
  campaign: CampaignOption | null
  account: Pick<PlatformAccount, 'id' | 'name' | 'platform' | 'settings'> | null
}
/** An entry read at depth 1 (campaign, account and content populated; null when it is gone or hidden). */
export type CalendarEntryView = SlotBase & {
  content: {
    relationTo: ContentSlug
    value: { id: string | number; title?: string; titleCandidates?: { title?: string | null }[] | null } | string | number
  }
  /** The 次条 after the lead, in order (null where an article is gone or hidden). */
  bundle?: ({ id: string | number; title?: string } | string | number | null)[] | null
  /** The 选题 the slot was planned from (null when it is gone or hidden). */
  topic?: TopicOfSlot | string | number | null
}
export type TopicOfSlot = Pick<Topic, 'id' | 'title' | 'owner'>
/** A slot a 选题 holds before its draft exists (state awaiting_content): no content yet. */
export type TopicSlotView = SlotBase & { content?: null; topic: TopicOfSlot | string | number }
/** What the calendar shows: ordinary slots and slots waiting on a 选题's draft. */
export type CalendarSlotView = CalendarEntryView | TopicSlotView

export const isTopicSlot = (entry: CalendarSlotView): entry is TopicSlotView => !entry.content

export type CampaignOption = Pick<Campaign, 'id' | 'name' | 'color'>

/**
 * Entries of the visible days (and of one campaign when chosen), 选题 slots waiting for a draft among
 * them; re-read after every change. `loaded`: the entries shown are those of the visible days.
 */
export function useCalendarData(args: { days: string[]; timeZone: string; campaign: string }) {
  const [entries, setEntries] = useState<CalendarSlotView[]>([])
  const [campaigns, setCampaigns] = useState<CampaignOption[]>([])
  const { from, to } = rangeBounds({ days: args.days, timeZone: args.timeZone })
  // Only the newest read is shown: after ‹ › the previous range's answer may arrive last.
  const latest = useRef(0)
  // Which range (and campaign) the shown entries belong to: until they arrive, rows may still grow.
  const range = `${from}|${to}|${args.campaign}`
  const [shownRange, setShownRange] = useState<string | null>(null)

  const reload = useCallback(async () => {
    const request = ++latest.current
    const campaignFilter = args.campaign ? `&where[campaign][equals]=${encodeURIComponent(args.campaign)}` : ''
    const reply = await adminFetch<{ docs: CalendarSlotView[] }>(
      `/calendar-entries?where[publishAt][greater_than_equal]=${from}&where[publishAt][less_than]=${to}${campaignFilter}&sort=publishAt&depth=1&limit=1000`,
    )
    if (reply.ok && request === latest.current) {
      setEntries(reply.data.docs)
      setShownRange(range)
    }
  }, [from, to, args.campaign, range])

  useEffect(() => void reload(), [reload])
  useEffect(() => {
    void adminFetch<{ docs: CampaignOption[] }>('/campaigns?limit=200&depth=0&sort=-startsAt').then(
      (r) => r.ok && setCampaigns(r.data.docs),
    )
  }, [])
  return { entries, campaigns, reload, loaded: shownRange === range }
}
