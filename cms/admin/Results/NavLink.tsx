import Link from 'next/link'

export function ResultsNavLink() {
  return (
    <Link href="/admin/results" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      📊 数据看板
    </Link>
  )
}
