/** Numbers as the results page shows them: grouped digits, '—' for not reported (never 0). */
export function formatCount(value: number | null): string {
  return value === null ? '—' : Math.round(value).toLocaleString('zh-CN')
}

export function formatSigned(value: number | null): string {
  if (value === null) return '—'
  return `${value > 0 ? '+' : ''}${Math.round(value).toLocaleString('zh-CN')}`
}

/** A share (0.0423) as a percentage with one decimal (4.2%). */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`
}

/** An instant as YYYY-MM-DD HH:mm in the team's zone. */
export function formatTeamTime(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone, hour12: false }).slice(0, 16)
}
