'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { ContentDoc, ContentSlug } from '../../content'
import type { Notification } from '../../payload-types'
import { adminFetch } from '../adminApi'

type Item = Pick<ContentDoc, 'id' | 'title' | 'updatedAt'> & { collection: ContentSlug }
type Note = Pick<Notification, 'id' | 'message' | 'createdAt' | 'doc'>
const COLLECTIONS: { slug: ContentSlug; label: string }[] = [
  { slug: 'articles', label: '图文' },
  { slug: 'videos', label: '视频' },
  { slug: 'posters', label: '海报' },
]

/** Dashboard: items waiting for my review (editors and admins), and my unread notifications. */
export function ReviewQueue() {
  const { user } = useAuth<{ id: string | number; role?: string }>()
  const [items, setItems] = useState<Item[] | null>(null)
  const [notes, setNotes] = useState<Note[]>([])
  const reviews = user?.role === 'editor' || user?.role === 'admin'

  useEffect(() => {
    if (!user) return
    const controller = new AbortController()
    const notMine = `where[status][equals]=in_review&where[owner][not_equals]=${encodeURIComponent(String(user.id))}&sort=updatedAt&limit=20&depth=0`
    void Promise.all(
      COLLECTIONS.map(async ({ slug }) => {
        const reply = await adminFetch<{ docs: Omit<Item, 'collection'>[] }>(`/${slug}?${notMine}`, { signal: controller.signal })
        return reply.ok ? reply.data.docs.map((d) => ({ ...d, collection: slug })) : []
      }),
    ).then((lists) => !controller.signal.aborted && setItems(lists.flat()))
    void adminFetch<{ docs: Note[] }>(`/notifications?where[read][equals]=false&sort=-createdAt&limit=10&depth=0`, {
      signal: controller.signal,
    }).then((reply) => reply.ok && setNotes(reply.data.docs))
    return () => controller.abort()
  }, [user])

  return (
    <div style={{ margin: '24px 0' }}>
      {notes.length > 0 && (
        <section style={{ marginBottom: 24 }}>
          <h3>我的通知</h3>
          <ul>
            {notes.map((n) => (
              <li key={n.id} style={{ whiteSpace: 'pre-line', marginBottom: 8 }}>
                {n.message}
                {n.doc && (
                  <>
                    {' '}
                    <a href={`/admin/collections/${n.doc.relationTo}/${n.doc.value}`}>打开内容</a>
                  </>
                )}
              </li>
            ))}
          </ul>
          <a href="/admin/collections/notifications">查看全部通知</a>
        </section>
      )}
      {reviews && (
        <section>
          <h3>待我审核 {items ? `（${items.length}）` : ''}</h3>
          {items?.length === 0 && <p>没有等待你审核的内容。</p>}
          <ul>
            {items?.map((item) => (
              <li key={`${item.collection}-${item.id}`}>
                <a href={`/admin/collections/${item.collection}/${item.id}`}>
                  [{COLLECTIONS.find((c) => c.slug === item.collection)?.label}] {item.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
