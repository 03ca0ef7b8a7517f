import Link from 'next/link'

export function CalendarNavLink() {
  return (
    <Link href="/admin/calendar" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      📅 排期日历
    </Link>
  )
}
