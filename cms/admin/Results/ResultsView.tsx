import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { AdminViewFrame } from '../AdminViewFrame'
import { ResultsOptions } from './ResultsOptions'

/** /admin/results (数据看板): the team's numbers by account, content type, author and publish hour, and the 待优化 posts. */
export function ResultsView(view: AdminViewServerProps) {
  return (
    <AdminViewFrame
      view={view}
      title="数据看板"
      render={() => <ResultsOptions req={view.initPageResult.req} searchParams={view.searchParams} timeZone={env.APP_TIMEZONE} />}
    />
  )
}
