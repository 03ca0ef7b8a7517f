'use client'
import { type AccountQuota, quotaLine } from './pushQuota'

/**
 * One day's 群发 left, per account with a daily rule (a subscription account), red when none is left:
 * today for every such account, other days for the accounts that have a 群发 planned (a day with
 * nothing planned has its whole quota, and saying so in every cell would bury the rest).
 */
export function DayQuotaNote({ quotas, day, today }: { quotas: AccountQuota[]; day: string; today: string }) {
  if (day < today) return null
  const lines = quotas.flatMap((quota) => {
    const line = quota.perDay !== undefined && (day === today || (quota.days[day]?.used ?? 0) > 0) ? quotaLine({ quota, day, today }) : null
    return line ? [{ quota, line }] : []
  })
  if (lines.length === 0) return null
  return (
    <div data-quota-day={day} style={{ fontSize: 10, lineHeight: 1.3, opacity: 0.85 }}>
      {lines.map(({ quota, line }) => (
        <div
          key={String(quota.account)}
          data-quota-account={String(quota.account)}
          title={`${quota.name}：${line.text}`}
          style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', color: line.exhausted ? '#cf1322' : '#8c8c8c' }}
        >
          {quota.name} · {line.short}
        </div>
      ))}
    </div>
  )
}

/** Each month in view, per account with a monthly rule (a service account): what each follower may still receive. */
export function MonthQuotaNotes({ quotas, days, today }: { quotas: AccountQuota[]; days: string[]; today: string }) {
  const months = [...new Set(days.filter((day) => day.slice(0, 7) >= today.slice(0, 7)).map((day) => day.slice(0, 7)))]
  const notes = quotas.flatMap((quota) =>
    quota.perFollowerPerMonth === undefined
      ? []
      : months.flatMap((month) => {
          const line = quotaLine({ quota, day: month === today.slice(0, 7) ? today : `${month}-01`, today })
          return line ? [{ key: `${String(quota.account)}:${month}`, quota, line }] : []
        }),
  )
  if (notes.length === 0) return null
  return (
    <div data-quota-months style={{ display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: 12, marginBottom: 8 }}>
      {notes.map(({ key, quota, line }) => (
        <span key={key} style={{ color: line.exhausted ? '#cf1322' : undefined }}>
          {quota.name}：{line.text}
        </span>
      ))}
    </div>
  )
}
