import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { AdminViewFrame } from '../AdminViewFrame'
import { QueuesBoard } from './QueuesBoard'

/** /admin/queues: the publishing queues, for admins (an operator checking why a post did not go out). */
export function QueuesView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame
      view={view}
      title="发布队列"
      render={(user) => (hasRole(user, 'admin') ? <QueuesBoard timeZone={env.APP_TIMEZONE} /> : <p>只有管理员可以查看发布队列。</p>)}
    />
  )
}
