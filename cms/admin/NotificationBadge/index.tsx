'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { ageLabel } from '../Home/ageLabel'
import { useNotifications } from './useNotifications'
import { ScriptButton } from '../ScriptControls'

/** The bell in the admin header: my unread count, and a list of my latest notifications that marks them read on opening. */
export function NotificationBadge() {
  const { user } = useAuth<{ id: string | number }>()
  const { unread, latest, open } = useNotifications(user?.id)
  const [shown, setShown] = useState(false)
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!shown) return
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !box.current?.contains(event.target as Node)) setShown(false)
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
    }
  }, [shown])

  if (!user) return null
  const toggle = () => {
    if (!shown) void open()
    setShown(!shown)
  }
  return (
    <div ref={box} style={{ position: 'relative', display: 'inline-flex', alignItems: 'center', marginRight: 8 }}>
      <ScriptButton
        data-testid="notification-badge"
        aria-label={unread ? `通知：${unread} 条未读` : '通知'}
        title="通知"
        onClick={toggle}
        style={{
          position: 'relative',
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          padding: '4px 8px',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 16,
          background: 'var(--theme-elevation-0)',
          color: 'var(--theme-text)',
          cursor: 'pointer',
        }}
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 && (
          <span
            style={{
              minWidth: 18,
              padding: '0 5px',
              borderRadius: 9,
              background: '#cf1322',
              color: '#fff',
              fontSize: 12,
              lineHeight: '18px',
            }}
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </ScriptButton>
      {shown && (
        <div
          data-testid="notification-list"
          role="dialog"
          aria-label="通知"
          style={{
            position: 'absolute',
            top: '100%',
            right: 0,
            marginTop: 6,
            width: 360,
            maxHeight: 420,
            overflowY: 'auto',
            zIndex: 100,
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 6,
            boxShadow: '0 6px 24px rgba(0,0,0,.15)',
            padding: 8,
          }}
        >
          {latest === null && <p style={{ margin: 8 }}>读取中…</p>}
          {latest?.length === 0 && <p style={{ margin: 8 }}>还没有通知。</p>}
          {latest?.map((note) => {
            const href = note.doc
              ? `/admin/collections/${note.doc.relationTo}/${typeof note.doc.value === 'object' ? note.doc.value.id : note.doc.value}`
              : '/admin'
            return (
              <a
                key={note.id}
                href={href}
                data-testid="notification-item"
                style={{
                  display: 'block',
                  padding: '8px',
                  borderBottom: '1px solid var(--theme-elevation-100)',
                  color: 'inherit',
                  textDecoration: 'none',
                  whiteSpace: 'pre-line',
                  fontWeight: note.read ? 400 : 600,
                }}
              >
                {note.message}
                <div style={{ fontSize: 12, opacity: 0.6, fontWeight: 400 }}>{ageLabel({ at: note.createdAt, now: new Date() })}</div>
              </a>
            )
          })}
          <a href="/admin/collections/notifications" style={{ display: 'block', padding: 8, fontSize: 13 }}>
            查看全部通知
          </a>
        </div>
      )}
    </div>
  )
}
