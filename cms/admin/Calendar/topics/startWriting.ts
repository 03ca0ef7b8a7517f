'use client'
import { z } from 'zod'
import type { ContentSlug } from '../../../content'
import { refusalText } from '../entryApi'

const id = z.union([z.string(), z.number()])
const started = z.object({ editUrl: z.string().startsWith('/admin/') })
/** 409: the topic already has its draft (started elsewhere a moment ago); the reply names it. */
const alreadyStarted = z.object({ doc: z.object({ relationTo: z.string(), value: z.union([id, z.object({ id })]) }) })

/**
 * POST /api/topics/:id/start: the topic's draft in `kind`, every slot waiting on it filled. Answers the
 * draft's edit page to open (the existing draft's when it was already started), or the server's refusal.
 */
export async function startWriting(args: {
  topicId: string | number
  kind: ContentSlug
}): Promise<{ ok: true; editUrl: string } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/api/topics/${encodeURIComponent(String(args.topicId))}/start`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: args.kind }),
    })
    const body: unknown = await response.json().catch(() => null)
    const done = started.safeParse(body)
    if (response.ok && done.success) return { ok: true, editUrl: done.data.editUrl }
    const existing = alreadyStarted.safeParse(body)
    if (response.status === 409 && existing.success) {
      const { relationTo, value } = existing.data.doc
      return { ok: true, editUrl: `/admin/collections/${relationTo}/${typeof value === 'object' ? value.id : value}` }
    }
    return { ok: false, message: refusalText(body, response.status) }
  } catch {
    return { ok: false, message: '网络错误，稿子没有建好。请检查网络后再点一次「开始写作」。' }
  }
}
