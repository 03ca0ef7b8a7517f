import type { PayloadRequest } from 'payload'
import { loadWeeklyReport } from '../../analytics/weeklyReport/loadWeeklyReport'
import type { WeekPair } from '../../analytics/weeklyReport/reportWeek'
import { AccountTable } from './AccountTable'
import { PeopleTable } from './PeopleTable'
import { PrintStyles } from './PrintStyles'
import { ReportToolbar } from './ReportToolbar'
import { TopPostsTable } from './TopPostsTable'

/** The report of one week, read with the caller's access, as the page shows and prints it. */
export async function WeeklyReportBody(args: { req: PayloadRequest; weeks: WeekPair; timeZone: string; notice: string | null }) {
  const { weeks } = args
  const report = await loadWeeklyReport({ payload: args.req.payload, req: args.req, weeks, timeZone: args.timeZone })
  return (
    <div className="weekly-report" data-week-from={weeks.week.from}>
      <PrintStyles />
      {args.notice && (
        <p role="alert" className="weekly-report__notice">
          {args.notice}
        </p>
      )}
      <ReportToolbar week={weeks.week} />
      <p className="weekly-report__period">
        统计周期：{weeks.week.from}（周一）至 {weeks.week.to}（周日），对比上周 {weeks.previous.from} 至 {weeks.previous.to}
      </p>
      <section>
        <h2>各账号</h2>
        <AccountTable lines={report.accounts} />
        <p className="weekly-report__note">
          阅读人数是人数，播放量是次数，两者不相加；互动数 = 分享、点赞、在看、评论、收藏、转发之和；互动率 = 互动数 ÷
          阅读人数（没有阅读人数的账号按播放量）。「—」表示平台不提供或这周还没有数据。
        </p>
      </section>
      <section>
        <h2>个人产出</h2>
        <PeopleTable lines={report.people} />
      </section>
      <section>
        <h2>本周热门内容</h2>
        <TopPostsTable posts={report.topPosts} timeZone={args.timeZone} />
      </section>
    </div>
  )
}
