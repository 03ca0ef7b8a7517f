'use client'
import { useEffect, useState } from 'react'
import { isPlatformId, platformProfile } from '../../../lib/platforms'
import type { PlatformAccount } from '../../payload-types'
import { adminFetch } from '../adminApi'
import { ScriptButton, ScriptSelect } from '../ScriptControls'

type Account = Pick<PlatformAccount, 'id' | 'name' | 'platform'>

/** 发送预览到微信: the latest saved version of this article to the caller's own phone, through an account that can push. */
export function PhonePreview({ articleId }: { articleId: string | number }) {
  const [accounts, setAccounts] = useState<Account[]>([])
  const [chosen, setChosen] = useState('')
  const [answer, setAnswer] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    void adminFetch<{ docs: Account[] }>('/platform-accounts?limit=50&depth=0').then((reply) => {
      if (!reply.ok) return
      const pushing = reply.data.docs.filter((a) => isPlatformId(a.platform) && platformProfile(a.platform).push)
      setAccounts(pushing)
      setChosen((current) => current || String(pushing[0]?.id ?? ''))
    })
  }, [])

  if (accounts.length === 0) return null

  async function send() {
    setSending(true)
    setAnswer(null)
    const reply = await adminFetch<{ message: string }>(`/platform-accounts/${chosen}/preview`, {
      method: 'POST',
      body: { content: { relationTo: 'articles', value: articleId } },
    })
    setAnswer(reply.ok ? reply.data.message : reply.message)
    setSending(false)
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 8, fontSize: 13 }}>
      <ScriptSelect value={chosen} onChange={(e) => setChosen(e.target.value)} aria-label="预览用的公众号">
        {accounts.map((a) => (
          <option key={a.id} value={String(a.id)}>
            {a.name}
          </option>
        ))}
      </ScriptSelect>
      <ScriptButton className="btn btn--style-secondary btn--size-small" disabled={sending} onClick={() => void send()}>
        {sending ? '发送中…' : '发送预览到微信'}
      </ScriptButton>
      {answer && <span>{answer}</span>}
    </div>
  )
}
