'use client'
import { useRouter } from 'next/navigation'
import type { ReportWeek } from '../../analytics/weeklyReport/reportWeek'
import { addDays } from '../../../lib/zonedTime'
import { ScriptButton, ScriptInput } from '../ScriptControls'

const PAGE = '/admin/results/weekly'
const download = (week: ReportWeek, format: 'csv' | 'xlsx') => `/api/analytics/weekly-report?week=${week.from}&format=${format}`

/** Week picker (any day picks its Monday-to-Sunday week), the downloads and 打印; hidden on paper. */
export function ReportToolbar(args: { week: ReportWeek }) {
  const router = useRouter()
  const { week } = args
  return (
    <div className="weekly-report__toolbar" data-print-hide>
      <a className="btn btn--style-secondary btn--size-small" href={`${PAGE}?week=${addDays(week.from, -7)}`}>
        ‹ 上一周
      </a>
      <label>
        选择日期（显示它所在的那一周）：
        <ScriptInput
          type="date"
          aria-label="周报日期"
          defaultValue={week.from}
          onChange={(event) => {
            if (event.target.value) router.push(`${PAGE}?week=${event.target.value}`)
          }}
        />
      </label>
      <a className="btn btn--style-secondary btn--size-small" href={`${PAGE}?week=${addDays(week.from, 7)}`}>
        下一周 ›
      </a>
      <span className="weekly-report__spacer" />
      <a className="btn btn--style-primary btn--size-small" href={download(week, 'csv')} download data-download="csv">
        下载 CSV
      </a>
      <a className="btn btn--style-primary btn--size-small" href={download(week, 'xlsx')} download data-download="xlsx">
        下载 Excel
      </a>
      <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => window.print()}>
        打印
      </ScriptButton>
    </div>
  )
}
