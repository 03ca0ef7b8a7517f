'use client'
import { useRouter } from 'next/navigation'
import type { DeliveryRow } from '../Home/homeTypes'
import { DELIVERY_STATE_LABELS } from '../../workflow/deliveryStates'
import { AttentionActions } from './AttentionActions'

/**
 * Deliveries that need a person (failed, unconfirmed, needs re-authorisation, held, or a hand-off to
 * post by hand), read by the home page; each with what happened, the next step and what can be done
 * here. After an action the page reads them again.
 */
export function NeedsAttention({ rows }: { rows: DeliveryRow[] }) {
  const router = useRouter()
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {rows.map((d) => (
        <li key={d.id} data-testid="home-delivery" style={{ marginBottom: 8 }}>
          {d.item ? <a href={`/admin/collections/${d.item.collection}/${d.item.id}`}>{d.item.title || '（无标题）'}</a> : '（内容已删除）'}
          {d.accountName ? ` · ${d.accountName}` : ''} ·{' '}
          <strong style={{ color: d.state === 'manual' ? undefined : '#cf1322' }}>{DELIVERY_STATE_LABELS[d.state].zh}</strong>
          <AttentionActions id={d.id} state={d.state} refused={d.lastError?.kind === 'refused'} onDone={() => router.refresh()} />
          {d.lastError && (d.lastError.message || d.lastError.action) && (
            <div style={{ fontSize: 13 }}>
              {d.lastError.message}
              {d.lastError.action ? ` — ${d.lastError.action}` : ''}
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
