'use client'

/** The unread-notification badge in the admin header. Placeholder until built. */
export function NotificationBadge() {
  return null
}
