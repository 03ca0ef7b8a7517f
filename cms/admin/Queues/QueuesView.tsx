import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { AdminViewFrame } from '../AdminViewFrame'
import { QueuesBoard } from './QueuesBoard'

/** /admin/queues: the publishing queues and the worker's background tasks (图片文字识别, 数据回收, 节点提醒, 通知补发), for admins. */
export function QueuesView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame
      view={view}
      title="发布队列与后台任务"
      render={(user) => (hasRole(user, 'admin') ? <QueuesBoard timeZone={env.APP_TIMEZONE} /> : <p>只有管理员可以查看发布队列。</p>)}
    />
  )
}
