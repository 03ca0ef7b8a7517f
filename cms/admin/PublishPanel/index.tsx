'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import type { PlatformAccount } from '../../payload-types'
import { adminFetch } from '../adminApi'
import { DeliveryRow, type DeliveryView } from './DeliveryRow'
import { PhonePreview } from './PhonePreview'

type Account = Pick<PlatformAccount, 'id' | 'name' | 'platform'>
const PUBLISHABLE = ['approved', 'scheduled', 'published']
const MOVING = ['queued', 'sending', 'processing']

/** 立即发布 for approved content, and every delivery of it with its result or next step. */
export function PublishPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<{ id: string | number; role?: string }>()
  const status = useFormFields(([fields]) => fields.status?.value)
  const owner = useFormFields(([fields]) => fields.owner?.value)
  const [accounts, setAccounts] = useState<Account[]>([])
  const [deliveries, setDeliveries] = useState<DeliveryView[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const editorial = user?.role === 'admin' || user?.role === 'editor'

  const load = useCallback(async () => {
    if (!id || !editorial) return
    const where = `where[content.relationTo][equals]=${collectionSlug}&where[content.value][equals]=${encodeURIComponent(String(id))}`
    const [a, d] = await Promise.all([
      adminFetch<{ docs: Account[] }>('/platform-accounts?limit=50&depth=0'),
      adminFetch<{ docs: DeliveryView[] }>(`/deliveries?${where}&sort=-createdAt&limit=20&depth=0`),
    ])
    if (a.ok) setAccounts(a.data.docs)
    if (d.ok) setDeliveries(d.data.docs)
  }, [id, collectionSlug, editorial])

  useEffect(() => void load(), [load])
  useEffect(() => {
    if (!deliveries.some((d) => MOVING.includes(d.state))) return
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [deliveries, load])

  const own = owner !== undefined && owner !== null && user !== null && String(owner) === String(user?.id)
  // The author previews their own article on the phone before approval; the rest of the panel is the editors'.
  if (id && !editorial && own && collectionSlug === 'articles')
    return (
      <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }}>
        <div style={{ fontWeight: 600 }}>手机预览</div>
        <PhonePreview articleId={id} />
      </div>
    )
  if (!id || !editorial) return null
  const ready = PUBLISHABLE.includes(String(status))

  async function publishTo(account: Account) {
    setMessage(null)
    const reply = await adminFetch<{ message: string }>('/deliveries', {
      method: 'POST',
      body: { content: { relationTo: collectionSlug, value: id }, account: account.id },
    })
    setMessage(reply.ok ? reply.data.message : reply.message)
    void load()
  }

  const nameOf = (accountId: string | number) => accounts.find((a) => String(a.id) === String(accountId))?.name ?? `账号 ${accountId}`
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>发布</div>
      {!ready && <div style={{ fontSize: 13 }}>审核通过（定稿）后才能发布。</div>}
      {ready && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {accounts.map((account) => (
            <button
              key={account.id}
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => void publishTo(account)}
            >
              立即发布到 {PLATFORM_LABELS[account.platform]?.zh} · {account.name}
            </button>
          ))}
        </div>
      )}
      {collectionSlug === 'articles' && <PhonePreview articleId={id} />}
      {message && <div style={{ marginTop: 8, fontSize: 13 }}>{message}</div>}
      {deliveries.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {deliveries.map((d) => (
            <DeliveryRow key={d.id} delivery={d} accountName={nameOf(d.account)} onChanged={() => void load()} />
          ))}
        </ul>
      )}
    </div>
  )
}
