'use client'
import type { CalendarLayout } from '../../calendar/calendarGrid'
import { ScriptButton } from '../ScriptControls'

const LAYOUTS: { layout: CalendarLayout; label: string }[] = [
  { layout: 'month', label: '月' },
  { layout: 'week', label: '周' },
  { layout: 'list', label: '列表' },
  { layout: 'matrix', label: '按账号' },
]

/** 月 / 周 / 列表 / 按账号: the same buttons at the head of every layout. */
export function LayoutSwitch(props: { layout: CalendarLayout; onChange: (layout: CalendarLayout) => void }) {
  return (
    <>
      {LAYOUTS.map(({ layout, label }) => (
        <ScriptButton
          key={layout}
          data-layout={layout}
          aria-pressed={props.layout === layout}
          className={`btn btn--size-small ${props.layout === layout ? 'btn--style-primary' : 'btn--style-secondary'}`}
          onClick={() => props.onChange(layout)}
        >
          {label}
        </ScriptButton>
      ))}
    </>
  )
}
