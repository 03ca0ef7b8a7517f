import { CALENDAR_STATE_LABELS } from '../../collections/CalendarEntries/states'
import { platformLabel } from '../labels'
import { clockTime, CONTENT_KIND_LABEL, itemHref, slotTime } from './display'
import type { SlotRow } from './homeTypes'

const stateLabel = (state: string) =>
  state in CALENDAR_STATE_LABELS ? CALENDAR_STATE_LABELS[state as keyof typeof CALENDAR_STATE_LABELS].zh : state

/** Calendar slots as rows: time, account, item (linked), the slot's state. */
export function SlotList(args: { slots: SlotRow[]; timeZone: string; timeOnly?: boolean }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {args.slots.map((slot) => (
        <li key={slot.id} data-testid="home-slot" style={{ marginBottom: 4 }}>
          <strong>
            {args.timeOnly
              ? clockTime({ at: slot.publishAt, timeZone: args.timeZone })
              : slotTime({ at: slot.publishAt, timeZone: args.timeZone })}
          </strong>
          {' · '}
          {slot.platform ? `${platformLabel(slot.platform)}「${slot.accountName}」` : slot.accountName}
          {' · '}
          {slot.item ? (
            <a href={itemHref(slot.item)}>
              [{CONTENT_KIND_LABEL[slot.item.collection]}] {slot.item.title || slot.label || '（无标题）'}
            </a>
          ) : (
            (slot.label ?? '（无内容）')
          )}
          <span style={{ marginLeft: 8, opacity: 0.75 }}>{stateLabel(slot.state)}</span>
        </li>
      ))}
    </ul>
  )
}
