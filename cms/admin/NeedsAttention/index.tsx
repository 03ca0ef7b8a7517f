'use client'
import { useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { DELIVERY_STATE_LABELS, type DeliveryState, TROUBLE_STATES } from '../../workflow/deliveryStates'
import { adminFetch } from '../adminApi'
import { AttentionActions } from './AttentionActions'

type Delivery = {
  id: string | number
  state: DeliveryState
  content: { relationTo: string; value: { id: string | number; title?: string } | string | number }
  account: { name?: string } | string | number
  lastError: { kind?: string; message: string; action: string } | null
}
const ATTENTION: DeliveryState[] = [...TROUBLE_STATES, 'manual']

/** Dashboard: every delivery that needs a person (failed, unconfirmed, needs re-authorisation, manual step). */
export function NeedsAttention() {
  const { user } = useAuth<{ role?: string }>()
  const [items, setItems] = useState<Delivery[] | null>(null)
  const editorial = user?.role === 'admin' || user?.role === 'editor'

  const load = useCallback(async (signal?: AbortSignal) => {
    const result = await adminFetch<{ docs: Delivery[] }>(
      `/deliveries?where[state][in]=${ATTENTION.join(',')}&sort=-updatedAt&limit=30&depth=1`,
      { signal },
    )
    if (result.ok) setItems(result.data.docs)
  }, [])

  useEffect(() => {
    if (!editorial) return
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [editorial, load])

  if (!editorial || !items) return null
  return (
    <section
      style={{
        margin: '24px 0',
        padding: 12,
        border: `1px solid ${items.length ? '#cf1322' : 'var(--theme-elevation-150)'}`,
        borderRadius: 4,
      }}
    >
      <h3 style={{ color: items.length ? '#cf1322' : undefined }}>需要处理的发布 {items.length ? `（${items.length}）` : ''}</h3>
      {items.length === 0 && <p>没有失败或待确认的发布。</p>}
      <ul>
        {items.map((d) => {
          const content = typeof d.content.value === 'object' ? d.content.value : null
          const contentId = content?.id ?? d.content.value
          return (
            <li key={d.id} style={{ marginBottom: 8 }}>
              <a href={`/admin/collections/${d.content.relationTo}/${contentId}`}>{content?.title ?? `内容 ${contentId}`}</a>
              {' · '}
              {typeof d.account === 'object' ? d.account.name : ''} ·{' '}
              <strong style={{ color: '#cf1322' }}>{DELIVERY_STATE_LABELS[d.state]?.zh}</strong>
              <AttentionActions id={d.id} state={d.state} refused={d.lastError?.kind === 'refused'} onDone={() => void load()} />
              {d.lastError && (
                <div style={{ fontSize: 13 }}>
                  {d.lastError.message} — {d.lastError.action}
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
