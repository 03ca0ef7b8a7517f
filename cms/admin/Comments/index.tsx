'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { ROLE_LABELS, roleOf } from '../../access/roles'
import { adminFetch } from '../adminApi'
import { ageLabel } from '../Home/ageLabel'
import { authorIdOf, authorNameOf, type CommentRow, commentListSchema, commentsPath, createdCommentSchema } from './commentReplies'
import { ScriptButton, ScriptTextarea } from '../ScriptControls'

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; comments: CommentRow[] }

/**
 * 评论: teammates' comments on this item (the designer and the copywriter on a 编导's cut), oldest first,
 * and a box to add one as yourself. Its author (or an admin) may delete a comment.
 */
export function CommentsPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [body, setBody] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!id || !collectionSlug) return
      const reply = await adminFetch<unknown>(commentsPath({ collection: collectionSlug, id }), { signal })
      if (signal?.aborted) return
      const parsed = reply.ok ? commentListSchema.safeParse(reply.data) : null
      if (parsed?.success) setLoaded({ status: 'ready', comments: parsed.data.docs })
      else setLoaded({ status: 'error', message: reply.ok ? '评论读取失败，请刷新页面。' : reply.message })
    },
    [id, collectionSlug],
  )

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  if (!id || !collectionSlug) return <p style={{ opacity: 0.7, fontSize: 13 }}>保存之后就可以在这里评论。</p>

  async function submit() {
    if (!body.trim() || !id || !collectionSlug) return setMessage('请先写下评论内容。')
    setBusy(true)
    setMessage('')
    const reply = await adminFetch<unknown>('/comments', {
      method: 'POST',
      body: { doc: { relationTo: collectionSlug, value: id }, body: body.trim() },
    })
    setBusy(false)
    if (!reply.ok) return setMessage(reply.message)
    const created = createdCommentSchema.safeParse(reply.data)
    setBody('')
    if (created.success && loaded.status === 'ready') setLoaded({ status: 'ready', comments: [...loaded.comments, created.data.doc] })
    else await load()
  }

  async function remove(comment: CommentRow) {
    if (!window.confirm('删除这条评论？')) return
    const reply = await adminFetch<unknown>(`/comments/${encodeURIComponent(String(comment.id))}`, { method: 'DELETE' })
    if (!reply.ok) return setMessage(reply.message)
    await load()
  }

  const isAdmin = roleOf(user) === 'admin'
  const now = new Date()
  return (
    <section data-testid="comments-panel" style={{ margin: '8px 0 24px' }}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>
        评论{loaded.status === 'ready' && loaded.comments.length ? `（${loaded.comments.length}）` : ''}
      </div>
      {loaded.status === 'loading' && <p style={{ opacity: 0.7, fontSize: 13 }}>正在读取评论…</p>}
      {loaded.status === 'error' && <p style={{ color: '#cf1322', fontSize: 13 }}>{loaded.message}</p>}
      {loaded.status === 'ready' && loaded.comments.length === 0 && <p style={{ opacity: 0.7, fontSize: 13 }}>还没有评论。</p>}
      {loaded.status === 'ready' && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {loaded.comments.map((comment) => {
            const author = comment.author && typeof comment.author === 'object' ? comment.author : null
            const role = roleOf({ id: author?.id ?? '', role: author?.role })
            const mine = Boolean(user) && authorIdOf(comment) === String(user?.id)
            return (
              <li key={comment.id} data-testid="comment" style={{ padding: '6px 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
                <div style={{ fontSize: 12, opacity: 0.75 }}>
                  <strong>{authorNameOf(comment)}</strong>
                  {role ? `（${ROLE_LABELS[role].zh}）` : ''} · {ageLabel({ at: comment.createdAt, now })}
                  {(mine || isAdmin) && (
                    <ScriptButton onClick={() => void remove(comment)} style={{ marginLeft: 8, fontSize: 12 }}>
                      删除
                    </ScriptButton>
                  )}
                </div>
                <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{comment.body}</div>
              </li>
            )
          })}
        </ul>
      )}
      {/* Not a <form>: the panel sits inside the document's own form, and forms do not nest. */}
      <div style={{ marginTop: 8 }}>
        <ScriptTextarea
          data-testid="comment-input"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              void submit()
            }
          }}
          maxLength={2000}
          rows={3}
          placeholder="写下你的意见，例如：第 3 个镜头节奏偏慢，字幕换成品牌色。"
          style={{ width: '100%', fontSize: 14, padding: 8 }}
        />
        <ScriptButton data-testid="comment-submit" disabled={busy} onClick={() => void submit()}>
          {busy ? '正在发送…' : '发表评论'}
        </ScriptButton>
        {message && <span style={{ marginLeft: 8, color: '#cf1322' }}>{message}</span>}
      </div>
    </section>
  )
}
