import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { reportWeeks } from '../../analytics/weeklyReport/reportWeek'
import { isCalendarDay } from '../../../lib/zonedTime'
import { AdminViewFrame } from '../AdminViewFrame'
import { WeeklyReportBody } from './WeeklyReportBody'

/** /admin/results/weekly: the Friday meeting's weekly report, printable and downloadable, for the whole team. */
export function WeeklyReportView(view: AdminViewServerProps) {
  const asked = view.searchParams?.week
  const day = typeof asked === 'string' && isCalendarDay(asked) ? asked : undefined
  const weeks = reportWeeks({ day, now: new Date(), timeZone: env.APP_TIMEZONE })
  return (
    <AdminViewFrame
      view={view}
      title="周报"
      render={() => (
        <WeeklyReportBody
          req={view.initPageResult.req}
          weeks={weeks}
          timeZone={env.APP_TIMEZONE}
          notice={asked !== undefined && day === undefined ? '日期格式不对（应为 YYYY-MM-DD），下面是上一个完整周的周报。' : null}
        />
      )}
    />
  )
}
