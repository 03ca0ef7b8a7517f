'use client'
import { adminFetch } from '../adminApi'

type LockRow = { id: string | number }

/**
 * A review action hands the item on (to the editors, back to its writer, to the calendar), so the page lets go of the
 * edit lock Payload took for this person while they typed; otherwise the next one to open the item is told for five
 * minutes that it is being edited. The action's save already removed the lock: this removes one taken again by a form
 * update the page sent just before the button was pressed and the server finished after the action. Someone else's
 * lock is left alone.
 */
export async function releaseOwnEditLock(args: { collection: string; id: string | number; userId: string | number }): Promise<void> {
  const where = new URLSearchParams({
    'where[document.relationTo][equals]': args.collection,
    'where[document.value][equals]': String(args.id),
    'where[user.value][equals]': String(args.userId),
    depth: '0',
  })
  const found = await adminFetch<{ docs: LockRow[] }>(`/payload-locked-documents?${where.toString()}`)
  if (!found.ok) return
  await Promise.all(found.data.docs.map((lock) => adminFetch(`/payload-locked-documents/${lock.id}`, { method: 'DELETE' })))
}
