import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { isCalendarDay } from '../../../lib/zonedTime'
import type { CalendarLayout } from '../../calendar/calendarGrid'
import { AdminViewFrame } from '../AdminViewFrame'
import { PauseBanner } from '../PauseBanner'
import { CalendarScreen } from './CalendarScreen'

const LAYOUTS: readonly CalendarLayout[] = ['month', 'week', 'list', 'matrix']

/**
 * /admin/calendar: the campaign calendar inside the admin's own frame. `?layout=matrix` opens 按账号,
 * `?date=2026-12-14` the week (or month) of that day, as the home page's 排期缺口 links do.
 */
export function CalendarView(view: AdminViewServerProps) {
  const asked = view.searchParams?.layout
  const initialLayout = LAYOUTS.find((layout) => layout === asked) ?? 'month'
  const date = view.searchParams?.date
  const initialDate = typeof date === 'string' && isCalendarDay(date) ? date : undefined
  return (
    <AdminViewFrame
      view={view}
      title="排期日历"
      render={(user) => (
        <>
          <PauseBanner />
          <CalendarScreen
            timeZone={env.APP_TIMEZONE}
            canEdit={hasRole(user, 'admin', 'editor')}
            // Operators schedule their own accounts (the form offers only those; the server refuses others).
            canCreate={hasRole(user, 'admin', 'editor', 'operator')}
            // Operators move slots between the accounts assigned to them; the server refuses any other.
            canMove={hasRole(user, 'admin', 'editor', 'operator')}
            initialLayout={initialLayout}
            initialDate={initialDate}
            viewer={{ id: user.id, editorial: hasRole(user, 'admin', 'editor') }}
          />
        </>
      )}
    />
  )
}
