import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { CalendarBoard } from './CalendarBoard'

/** /admin/calendar: the campaign calendar inside the admin's own frame. */
export function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '24px 0 16px' }}>排期日历</h1>
        <CalendarBoard timeZone={env.APP_TIMEZONE} canEdit={hasRole(req.user, 'admin', 'editor')} />
      </Gutter>
    </DefaultTemplate>
  )
}
