'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import { mayActOnAccount } from '../../access/accountAssignment'
import type { ContentDoc, ContentSlug } from '../../content'
import { adminFetch } from '../adminApi'
import type { AccountOption } from './accountPush'
import { titleOrUntitled } from '../../review/untitledDraft'

/** A content item the form offers; `id` as the database gave it (a number on SQLite, a string on MongoDB), sent back unchanged. */
export type ContentOption = {
  key: string
  relationTo: ContentSlug
  id: string | number
  title: string
  status: ContentDoc['status']
  /** Titles 2..5 of a title test, in order (the item's own title is title 1). */
  candidates: string[]
}

type ListedDoc = Pick<ContentDoc, 'id' | 'title' | 'status'> & { titleCandidates?: { title?: string | null }[] | null }

export const KIND_LABEL: Record<ContentSlug, string> = { articles: '图文', posters: '海报', videos: '视频', notes: '笔记' }
/** Every kind of content can take a slot (a 小红书 note as much as an article), in the order the picker lists them. */
const KINDS: ContentSlug[] = ['articles', 'posters', 'videos', 'notes']

/** Review states in which an article may join a bundle: approved, or approved and already on the calendar. */
const BUNDLE_READY: readonly string[] = ['approved', 'scheduled']
export const isBundleReady = (option: ContentOption) => option.relationTo === 'articles' && BUNDLE_READY.includes(option.status)

export const contentKey = (relationTo: string, id: string | number) => `${relationTo}:${id}`

/**
 * What the entry form picks from: the content that is not archived (newest first) and the platform
 * accounts the signed-in user may schedule for (an operator: those assigned to them; `keep` is kept
 * too, the account an entry being edited is already on). `accountsRead` tells an empty account list
 * from one still being read; `otherAccounts` counts the readable accounts the user may not schedule for.
 */
export function useEntryOptions(args: { keep?: string } = {}) {
  const { user } = useAuth<{
    id: string | number
    role?: string | null
    accounts?: (string | number | { id?: string | number })[] | null
  }>()
  const [contents, setContents] = useState<ContentOption[]>([])
  const [accounts, setAccounts] = useState<AccountOption[]>([])
  const [accountsRead, setAccountsRead] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    void Promise.all(
      KINDS.map((slug) =>
        adminFetch<{ docs: ListedDoc[] }>(`/${slug}?limit=100&depth=0&sort=-updatedAt&where[status][not_equals]=archived`, {
          signal: controller.signal,
        }).then((reply) =>
          reply.ok
            ? reply.data.docs.map((doc) => ({
                key: contentKey(slug, doc.id),
                relationTo: slug,
                id: doc.id,
                title: titleOrUntitled(doc.title),
                status: doc.status,
                candidates: (doc.titleCandidates ?? []).map((row) => row.title ?? ''),
              }))
            : [],
        ),
      ),
    ).then((lists) => !controller.signal.aborted && setContents(lists.flat()))
    void adminFetch<{ docs: AccountOption[] }>('/platform-accounts?limit=100&depth=0', {
      signal: controller.signal,
    }).then((reply) => {
      if (controller.signal.aborted) return
      if (reply.ok) setAccounts(reply.data.docs)
      setAccountsRead(true)
    })
    return () => controller.abort()
  }, [])
  const { keep } = args
  const offered = useMemo(
    () => accounts.filter((account) => mayActOnAccount(user, account.id) || String(account.id) === keep),
    [accounts, user, keep],
  )
  return { contents, accounts: offered, accountsRead, otherAccounts: accounts.length - offered.length }
}
