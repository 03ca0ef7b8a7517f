'use client'
import { useState } from 'react'
import type { CalendarLayout } from '../../calendar/calendarGrid'
import { CalendarBoard } from './CalendarBoard'
import { MatrixBoard } from './Matrix/MatrixBoard'
import { type CalendarViewer, CalendarViewerProvider } from './topics/CalendarViewer'

/**
 * The calendar's layouts behind one switch: month, week and list by day, or 按账号 (the matrix).
 * `canEdit`: editors edit slots and reschedule by drag; `canCreate`: who opens the new-slot form (operators too,
 * offered only their assigned accounts); `canMove`: who may drag a slot in the matrix (operators too;
 * the server decides per account and its refusal is shown). `viewer`: who may start a 选题's draft from its slot.
 * `initialDate`: the day whose week or month opens first (today without it).
 */
export function CalendarScreen(props: {
  timeZone: string
  canEdit: boolean
  canCreate: boolean
  canMove: boolean
  initialLayout: CalendarLayout
  initialDate?: string
  viewer: CalendarViewer
}) {
  const [layout, setLayout] = useState<CalendarLayout>(props.initialLayout)
  return (
    <CalendarViewerProvider value={props.viewer}>
      {layout === 'matrix' ? (
        <MatrixBoard timeZone={props.timeZone} initialDate={props.initialDate} canMove={props.canMove} onLayout={setLayout} />
      ) : (
        <CalendarBoard
          timeZone={props.timeZone}
          initialDate={props.initialDate}
          canEdit={props.canEdit}
          canCreate={props.canCreate}
          view={layout}
          onLayout={setLayout}
        />
      )}
    </CalendarViewerProvider>
  )
}
