'use client'
import { useState } from 'react'
import { type DropTarget, topicDropAccount, topicSlotTime } from '../../../calendar/calendarDrop'
import { timeOf } from '../../../calendar/calendarGrid'
import { adminFetch } from '../../adminApi'
import { usePlatformAccounts, type MatrixAccountView } from '../Matrix/usePlatformAccounts'
import { contentSlugsFor } from './contentSlugsFor'
import { type TrayTopic, useTrayTopics } from './useTrayTopics'

type Id = string | number
export type TopicPick = { topic: TrayTopic; date: string; publishAt: string; options: MatrixAccountView[] }
export type TopicMessage = { kind: 'placed' | 'refused'; text: string }

/** The topic's id a drag carries (set by the tray's chips), read on drop. */
export const TOPIC_DRAG_TYPE = 'text/topic-id'

/**
 * Dropping a 选题 from the tray on a day: a slot held for its draft (POST /api/calendar-entries
 * { topic, account, publishAt }, no content). The account is the row's or the topic's one target;
 * otherwise the editor picks it. The server's refusal is shown in its words.
 */
export function useTopicPlacing(args: { timeZone: string; enabled: boolean; onPlaced: () => Promise<void> }) {
  const tray = useTrayTopics({ enabled: args.enabled })
  const { accounts } = usePlatformAccounts()
  const [picking, setPicking] = useState<TopicPick | null>(null)
  const [message, setMessage] = useState<TopicMessage | null>(null)
  const [busy, setBusy] = useState(false)

  async function post(slot: { topic: TrayTopic; account: Id; publishAt: string; date: string }) {
    setBusy(true)
    const reply = await adminFetch('/calendar-entries', {
      method: 'POST',
      body: { topic: slot.topic.id, account: slot.account, publishAt: slot.publishAt },
    })
    setBusy(false)
    if (!reply.ok) return setMessage({ kind: 'refused', text: `没有排上：${reply.message}` })
    setPicking(null)
    const name = accounts.find((a) => String(a.id) === String(slot.account))?.name ?? ''
    const time = timeOf({ at: slot.publishAt, timeZone: args.timeZone })
    setMessage({ kind: 'placed', text: `已把选题「${slot.topic.title}」排到 ${slot.date} ${time}${name ? `「${name}」` : ''}，等稿子。` })
    await Promise.all([args.onPlaced(), tray.reload()])
  }

  function place(drop: { topicId: string; target: DropTarget; rowAccount?: Id }) {
    const topic = tray.topics.find((t) => String(t.id) === drop.topicId)
    if (!topic || busy) return
    const publishAt = topicSlotTime({ target: drop.target, timeZone: args.timeZone })
    const decision = topicDropAccount({ rowAccount: drop.rowAccount, targets: topic.targets })
    if (decision.kind === 'account') return void post({ topic, account: decision.account, publishAt, date: drop.target.date })
    // Only accounts that publish some kind of content can take a draft.
    const writable = accounts.filter((a) => contentSlugsFor(a.platform).length > 0)
    const options = decision.among === 'targets' ? writable.filter((a) => topic.targets.some((t) => String(t) === String(a.id))) : writable
    setMessage(null)
    setPicking({ topic, date: drop.target.date, publishAt, options })
  }

  return {
    topics: tray.topics,
    picking,
    message,
    busy,
    place,
    pick: (account: Id) => picking && void post({ topic: picking.topic, account, publishAt: picking.publishAt, date: picking.date }),
    cancel: () => setPicking(null),
  }
}
