'use client'
import { PLATFORM_PROFILES, PLATFORMS, type PlatformId } from '../../../../lib/platforms'
import type { CalendarLayout } from '../../../calendar/calendarGrid'
import type { MatrixRange } from '../../../calendar/matrixGrid'
import { zoneLabel } from '../../../calendar/zoneLabel'
import { LayoutSwitch } from '../LayoutSwitch'
import type { CampaignOption } from '../useCalendarData'
import { ScriptButton, ScriptSelect } from '../../ScriptControls'

const RANGES: { range: MatrixRange; label: string }[] = [
  { range: 'week', label: '按周' },
  { range: 'month', label: '按月' },
]

/** The layout switch, week or month, ‹ 今天 ›, the range shown, and the platform and campaign filters. */
export function MatrixToolbar(props: {
  days: string[]
  range: MatrixRange
  onRange: (range: MatrixRange) => void
  onShift: (by: 1 | -1 | 0) => void
  onLayout: (layout: CalendarLayout) => void
  platform: PlatformId | ''
  onPlatform: (platform: PlatformId | '') => void
  campaign: string
  onCampaign: (campaign: string) => void
  campaigns: CampaignOption[]
  timeZone: string
  canMove: boolean
}) {
  const { days } = props
  const from = days[0]
  const to = days[days.length - 1]
  const small = 'btn btn--size-small'
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
      <LayoutSwitch layout="matrix" onChange={props.onLayout} />
      <span style={{ width: 8 }} />
      {RANGES.map(({ range, label }) => (
        <ScriptButton
          key={range}
          data-range={range}
          aria-pressed={props.range === range}
          className={`${small} ${props.range === range ? 'btn--style-primary' : 'btn--style-secondary'}`}
          onClick={() => props.onRange(range)}
        >
          {label}
        </ScriptButton>
      ))}
      <ScriptButton aria-label="上一段" className={`${small} btn--style-secondary`} onClick={() => props.onShift(-1)}>
        ‹
      </ScriptButton>
      <ScriptButton className={`${small} btn--style-secondary`} onClick={() => props.onShift(0)}>
        今天
      </ScriptButton>
      <ScriptButton aria-label="下一段" className={`${small} btn--style-secondary`} onClick={() => props.onShift(1)}>
        ›
      </ScriptButton>
      <strong data-testid="matrix-range" data-from={from} data-to={to}>
        {props.range === 'month' ? `${from.slice(0, 4)} 年 ${Number(from.slice(5, 7))} 月` : `${from} – ${to}`}
      </strong>
      <ScriptSelect aria-label="平台" value={props.platform} onChange={(e) => props.onPlatform(e.target.value as PlatformId | '')}>
        <option value="">全部平台</option>
        {PLATFORMS.map((platform) => (
          <option key={platform} value={platform}>
            {PLATFORM_PROFILES[platform].shortLabel.zh}
          </option>
        ))}
      </ScriptSelect>
      <ScriptSelect aria-label="活动" value={props.campaign} onChange={(e) => props.onCampaign(e.target.value)}>
        <option value="">全部活动</option>
        {props.campaigns.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.name}
          </option>
        ))}
      </ScriptSelect>
      <span style={{ fontSize: 12, opacity: 0.7 }}>
        {zoneLabel(props.timeZone)}
        {props.canMove ? ' · 拖动条目可改日期，或换到同一平台的其他账号' : ''}
      </span>
    </div>
  )
}
