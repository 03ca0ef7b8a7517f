'use client'
import { createContext, useContext } from 'react'

/** Who is looking at the calendar: "开始写作" on a 选题's slot is for its owner, editors and admins. */
export type CalendarViewer = { id: string | number; editorial: boolean }

const ViewerContext = createContext<CalendarViewer | null>(null)
export const CalendarViewerProvider = ViewerContext.Provider
export const useCalendarViewer = (): CalendarViewer | null => useContext(ViewerContext)
