'use client'
import { useMemo, useRef, useState } from 'react'
import { isPlatformId, PLATFORM_PROFILES } from '../../../../lib/platforms'
import { crossPlatformRefusal, type MatrixCell, matrixDrop } from '../../../calendar/calendarDrop'
import { timeOf } from '../../../calendar/calendarGrid'
import { adminFetch } from '../../adminApi'
import type { CalendarSlotView } from '../useCalendarData'

export type MatrixMessage = { kind: 'moved' | 'refused'; text: string }
type Moved = { accountId: string | number; publishAt: string }

const platformLabel = (platform: string) => (isPlatformId(platform) ? PLATFORM_PROFILES[platform].shortLabel.zh : platform)

/**
 * Dragging a slot in the calendar by account. The chip moves at once to where it was dropped; the
 * server decides (an operator's unassigned account, a slot already published…): on a refusal its words
 * are shown and the chip goes back. A second drop of a slot before its PATCH returns is ignored.
 */
export function useMatrixMove(args: { entries: readonly CalendarSlotView[]; timeZone: string; reload: () => Promise<void> }) {
  const [dragging, setDragging] = useState<{ id: string; platform: string } | null>(null)
  const [moved, setMoved] = useState<ReadonlyMap<string, Moved>>(new Map())
  const [message, setMessage] = useState<MatrixMessage | null>(null)
  const pending = useRef(new Set<string>())

  const entries = useMemo(
    () =>
      args.entries.map((entry) => {
        const move = moved.get(String(entry.id))
        return move && entry.account ? { ...entry, publishAt: move.publishAt, account: { ...entry.account, id: move.accountId } } : entry
      }),
    [args.entries, moved],
  )
  const setMove = (id: string, move: Moved | null) =>
    setMoved((current) => {
      const next = new Map(current)
      if (move) next.set(id, move)
      else next.delete(id)
      return next
    })

  async function drop(target: MatrixCell & { name: string }) {
    const entry = entries.find((e) => String(e.id) === dragging?.id)
    setDragging(null)
    if (!entry?.account || pending.current.has(String(entry.id))) return
    const id = String(entry.id)
    const decision = matrixDrop({
      entry: { publishAt: entry.publishAt, accountId: entry.account.id, platform: entry.account.platform },
      target,
      timeZone: args.timeZone,
      platformLabel,
    })
    if (decision.kind === 'refused') return setMessage({ kind: 'refused', text: decision.message })
    if (decision.kind === 'unchanged') return
    pending.current.add(id)
    setMove(id, { accountId: target.accountId, publishAt: decision.patch.publishAt })
    const reply = await adminFetch(`/calendar-entries/${id}`, { method: 'PATCH', body: decision.patch })
    setMessage(
      reply.ok
        ? {
            kind: 'moved',
            text: `已改到「${target.name}」${target.date} ${timeOf({ at: decision.patch.publishAt, timeZone: args.timeZone })}`,
          }
        : { kind: 'refused', text: `没有改动：${reply.message || '服务器拒绝了这次调整。'}` },
    )
    // Read back what the server holds before the chip leaves the place it was dropped (no flicker).
    if (reply.ok) await args.reload()
    setMove(id, null)
    pending.current.delete(id)
  }

  return {
    entries,
    dragging,
    message,
    start: (entry: CalendarSlotView) => entry.account && setDragging({ id: String(entry.id), platform: entry.account.platform }),
    end: () => setDragging(null),
    /** Said while a slot is held over a row that will not take it. */
    refuseHere: (rowPlatform: string) =>
      dragging &&
      setMessage({ kind: 'refused', text: crossPlatformRefusal({ entryPlatform: dragging.platform, rowPlatform, platformLabel }) }),
    drop,
  }
}
