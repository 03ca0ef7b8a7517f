import { platformLabel } from '../labels'
import { HomeSection } from './HomeSection'
import type { CadenceWarning } from './homeTypes'

/** A team-zone day as an editor reads it: 12月8日 周二. */
function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'short' }).format(new Date(Date.UTC(y, m - 1, d)))
  return `${m}月${d}日 ${weekday}`
}

/** The week to open first: the earliest day some account has nothing planned (the window's first day if none is empty). */
function firstEmptyDay(warning: CadenceWarning): string {
  return warning.accounts.flatMap((account) => account.emptyDays).sort()[0] ?? warning.from
}

/** The 按账号 calendar opened on the week of `day`. */
const matrixWeekOf = (day: string) => `/admin/calendar?layout=matrix&date=${day}`

/**
 * 未来 7 天排期缺口 and 本周专题: shown only when something is short, so the week ahead is filled before it
 * arrives. Each account says 计划 n / 目标 m，差 k 条 and the days it has nothing planned.
 */
export function CadenceGaps({ warning }: { warning: CadenceWarning }) {
  return (
    <>
      {warning.accounts.length > 0 && (
        <HomeSection testId="home-cadence-gaps" title="未来 7 天排期缺口" count={warning.accounts.length} alert empty="">
          <p style={{ margin: '0 0 6px', fontSize: 13, opacity: 0.7 }}>
            {dayLabel(warning.from)} 至 {dayLabel(warning.to)}，按各账号的发布节奏。
          </p>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {warning.accounts.map((account) => (
              <li key={account.id} data-testid="home-cadence-gap" data-account-id={account.id} style={{ marginBottom: 6 }}>
                {account.platform ? `${platformLabel(account.platform)}「${account.name}」` : account.name}
                {' · '}
                <strong>
                  计划 {account.planned} / 目标 {account.expected}，差 {account.missing} 条
                </strong>
                {account.emptyDays.length > 0 && (
                  <div style={{ fontSize: 13, opacity: 0.75 }}>
                    空档：
                    {account.emptyDays.map((day, index) => (
                      <span key={day}>
                        {index > 0 && '、'}
                        <a href={matrixWeekOf(day)}>{dayLabel(day)}</a>
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p style={{ margin: '8px 0 0', fontSize: 13 }}>
            <a data-testid="home-cadence-calendar" href={matrixWeekOf(firstEmptyDay(warning))}>
              打开按账号日历补排期
            </a>
          </p>
        </HomeSection>
      )}
      {warning.features && (
        <HomeSection testId="home-features" title="本周专题" alert count={warning.features.missing} empty="">
          <p data-testid="home-features-gap" style={{ margin: 0 }}>
            {dayLabel(warning.features.from)} 至 {dayLabel(warning.features.to)}：
            <strong>
              计划 {warning.features.planned} / 目标 {warning.features.expected}，差 {warning.features.missing} 个专题
            </strong>
          </p>
          <p style={{ margin: '8px 0 0', fontSize: 13 }}>
            <a href="/admin/planning/topics">去选题会定专题</a>
          </p>
        </HomeSection>
      )}
    </>
  )
}
