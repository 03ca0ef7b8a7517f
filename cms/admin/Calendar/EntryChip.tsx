'use client'
import { PLATFORM_PROFILES, type PlatformId } from '../../../lib/platforms'
import { timeOf } from '../../calendar/calendarGrid'
import type { CalendarEntryView } from './useCalendarData'

/** One character per platform on a chip: the first of the name editors use (公众号 → 公). */
const markOf = (platform: PlatformId): string => PLATFORM_PROFILES[platform].shortLabel.zh.slice(0, 1)
const STATE: Record<string, { label: string; color: string }> = {
  planned: { label: '已计划', color: '#8c8c8c' },
  waiting_approval: { label: '待审核', color: '#d48806' },
  scheduled: { label: '已排期', color: '#1677ff' },
  publishing: { label: '发布中', color: '#13c2c2' },
  published: { label: '已发布', color: '#389e0d' },
  failed: { label: '失败', color: '#cf1322' },
  missed: { label: '已错过', color: '#cf1322' },
  cancelled: { label: '已取消', color: '#8c8c8c' },
}

/** One entry: time, platform mark, title, state; coloured by its campaign, red when it needs attention. */
export function EntryChip({ entry, timeZone, draggable }: { entry: CalendarEntryView; timeZone: string; draggable: boolean }) {
  const state = STATE[entry.state] ?? { label: entry.state, color: '#8c8c8c' }
  const content = typeof entry.content.value === 'object' ? entry.content.value : null
  const contentId = content ? content.id : entry.content.value
  const alarm = entry.state === 'failed' || entry.state === 'missed'
  return (
    <a
      href={`/admin/collections/${entry.content.relationTo}/${contentId}`}
      draggable={draggable}
      data-entry-id={String(entry.id)}
      onDragStart={(e) => e.dataTransfer.setData('text/entry-id', String(entry.id))}
      title={`${entry.title ?? content?.title ?? ''} · ${entry.account?.name ?? ''} · ${state.label}`}
      style={{
        display: 'block',
        fontSize: 12,
        lineHeight: 1.4,
        padding: '2px 4px',
        margin: '2px 0',
        borderRadius: 3,
        textDecoration: 'none',
        color: 'inherit',
        background: alarm ? '#fff1f0' : 'var(--theme-elevation-50)',
        borderLeft: `4px solid ${entry.campaign?.color ?? '#bfbfbf'}`,
        outline: alarm ? '1px solid #cf1322' : undefined,
        cursor: draggable ? 'grab' : 'pointer',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      <strong>{timeOf({ at: entry.publishAt, timeZone })}</strong>{' '}
      <span style={{ border: '1px solid currentColor', borderRadius: 2, padding: '0 2px' }}>
        {entry.account ? markOf(entry.account.platform) : '?'}
      </span>{' '}
      {entry.title ?? content?.title ?? '（未命名）'} <span style={{ color: state.color }}>· {state.label}</span>
    </a>
  )
}
