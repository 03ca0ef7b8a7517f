import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { AdminViewFrame } from '../AdminViewFrame'
import { PauseBanner } from '../PauseBanner'
import { CalendarBoard } from './CalendarBoard'

/** /admin/calendar: the campaign calendar inside the admin's own frame. */
export function CalendarView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame
      view={view}
      title="排期日历"
      render={(user) => (
        <>
          <PauseBanner />
          <CalendarBoard timeZone={env.APP_TIMEZONE} canEdit={hasRole(user, 'admin', 'editor')} />
        </>
      )}
    />
  )
}
