'use client'
import type { CampaignOption } from './useCalendarData'
import { ScriptSelect } from '../ScriptControls'

/** The 所属活动 picker of the calendar's forms: a campaign's id as text, empty for none. */
export function CampaignSelect(props: { campaigns: CampaignOption[]; value: string; onChange: (value: string) => void }) {
  return (
    <ScriptSelect aria-label="所属活动" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">（不属于活动）</option>
      {props.campaigns.map((c) => (
        <option key={c.id} value={String(c.id)}>
          {c.name}
        </option>
      ))}
    </ScriptSelect>
  )
}
