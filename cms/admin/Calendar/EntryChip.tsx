'use client'
import { PLATFORM_PROFILES, PUSH_MODE_LABELS, type PlatformId } from '../../../lib/platforms'
import { timeOf } from '../../calendar/calendarGrid'
import { effectiveTitleVariant, titleVariantLabel } from '../../delivery/titleVariantCheck'
import { modeOfEntry } from './accountPush'
import { entryStateOf } from './entryStates'
import type { CalendarEntryView } from './useCalendarData'
import { titleOrUntitled } from '../../review/untitledDraft'
import { ScriptButton } from '../ScriptControls'

/** One character per platform on a chip: the first of the name editors use (公众号 → 公). */
const markOf = (platform: PlatformId): string => PLATFORM_PROFILES[platform].shortLabel.zh.slice(0, 1)

/**
 * One entry: time, platform mark, title (a bundle as "头条标题 +2"), push mode, state; coloured by its
 * campaign, red when it needs attention. Editors open it for editing with ✎.
 */
export function EntryChip(props: { entry: CalendarEntryView; timeZone: string; draggable: boolean; onEdit?: () => void }) {
  const { entry, timeZone, draggable } = props
  const state = entryStateOf(entry.state)
  const content = typeof entry.content.value === 'object' ? entry.content.value : null
  const contentId = content ? content.id : entry.content.value
  const alarm = entry.state === 'failed' || entry.state === 'missed'
  const more = entry.bundle?.length ?? 0
  const mode = modeOfEntry({ mode: entry.mode, account: entry.account })
  const title = `${entry.title || titleOrUntitled(content?.title)}${more > 0 ? ` +${more}` : ''}`
  // A title test's slot says which title it sends (标题 1, the item's own, is not marked).
  const variant = effectiveTitleVariant(entry.titleVariant)
  const candidate = variant > 1 ? content?.titleCandidates?.[variant - 2]?.title : null
  const variantNote = variant > 1 ? ` · ${titleVariantLabel(variant)}${candidate ? `「${candidate}」` : ''}` : ''
  return (
    <div style={{ display: 'flex', alignItems: 'stretch', gap: 2, margin: '2px 0' }}>
      <a
        href={`/admin/collections/${entry.content.relationTo}/${contentId}`}
        draggable={draggable}
        data-entry-id={String(entry.id)}
        data-entry-state={entry.state}
        onDragStart={(e) => e.dataTransfer.setData('text/entry-id', String(entry.id))}
        title={`${title}${variantNote} · ${entry.account?.name ?? ''}${mode ? ` · ${PUSH_MODE_LABELS[mode].zh}` : ''} · ${state.label}`}
        style={{
          display: 'block',
          flex: 1,
          minWidth: 0,
          fontSize: 12,
          lineHeight: 1.4,
          padding: '2px 4px',
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
        <span data-entry-title>{title}</span>
        {variant > 1 && (
          <span data-entry-title-variant={variant} style={{ opacity: 0.75 }}>
            {' '}
            · {titleVariantLabel(variant)}
          </span>
        )}
        {mode && (
          <span data-entry-mode={mode} style={{ opacity: 0.75 }}>
            {' '}
            · {PUSH_MODE_LABELS[mode].zh}
          </span>
        )}{' '}
        <span style={{ color: state.color }}>· {state.label}</span>
      </a>
      {props.onEdit && (
        <ScriptButton
          aria-label={`编辑排期 ${title}`}
          data-edit-entry={String(entry.id)}
          onClick={props.onEdit}
          style={{ border: 0, background: 'none', cursor: 'pointer', padding: '0 2px', fontSize: 12 }}
        >
          ✎
        </ScriptButton>
      )}
    </div>
  )
}
