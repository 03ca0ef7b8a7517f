'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

export function QueuesNavLink() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin') return null
  return (
    <Link href="/admin/queues" style={{ display: 'block', padding: '4px 0', fontWeight: 600 }}>
      🚦 发布队列与后台任务
    </Link>
  )
}
