import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { QueuesBoard } from './QueuesBoard'

/** /admin/queues: the publishing queues, for admins (an operator checking why a post did not go out). */
export function QueuesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '24px 0 16px' }}>发布队列</h1>
        {hasRole(req.user, 'admin') ? <QueuesBoard timeZone={env.APP_TIMEZONE} /> : <p>只有管理员可以查看发布队列。</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
