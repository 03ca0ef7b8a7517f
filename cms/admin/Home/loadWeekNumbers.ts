import { loadMetricRows } from '../../analytics/loadMetricRows'
import { interactionRate } from '../../analytics/weeklyReport/interactionRate'
import { loadWeeklyReport } from '../../analytics/weeklyReport/loadWeeklyReport'
import { reportWeeks } from '../../analytics/weeklyReport/reportWeek'
import { sumMetrics } from '../../analytics/sumMetrics'
import type { HomeReader } from './homeReader'
import type { WeekNumbers } from './homeTypes'

/**
 * The team's week so far, as the weekly report counts it: posts that went out, 阅读人数, and 互动率 over
 * the posts that report readers (else plays). Read with the person's own access.
 */
export async function loadWeekNumbers(reader: HomeReader & { today: string; timeZone: string }): Promise<WeekNumbers> {
  const weeks = reportWeeks({ day: reader.today, now: new Date(), timeZone: reader.timeZone })
  const [report, rows] = await Promise.all([
    loadWeeklyReport({ payload: reader.payload, req: reader.req, weeks, timeZone: reader.timeZone }),
    loadMetricRows({ payload: reader.payload, req: reader.req, from: weeks.week.from, to: weeks.week.to }),
  ])
  return {
    from: weeks.week.from,
    to: weeks.week.to,
    posts: report.accounts.reduce((sum, line) => sum + line.current.posts, 0),
    readers: sumMetrics(rows).readers,
    interactionRate: interactionRate(rows),
  }
}
