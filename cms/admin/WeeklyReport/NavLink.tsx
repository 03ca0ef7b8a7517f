import Link from 'next/link'

export function WeeklyReportNavLink() {
  return (
    <Link href="/admin/results/weekly" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      🗓 周报
    </Link>
  )
}
