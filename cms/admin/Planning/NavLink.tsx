import Link from 'next/link'

export function TopicMeetingNavLink() {
  return (
    <Link href="/admin/planning/topics" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      🗂 选题会
    </Link>
  )
}
