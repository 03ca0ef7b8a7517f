'use client'
import { useEffect, useState } from 'react'
import { isHttpUrl } from '../../../lib/httpUrl'
import { PUSH_MODE_LABELS } from '../../../lib/platforms'
import type { Delivery } from '../../payload-types'
import { deliveryStateLabel } from '../labels'
import { adminFetch } from '../adminApi'

type ArticleRef = { id: string | number; title?: string } | string | number
/** A delivery of the slot at depth 1: its content and its 次条 articles populated. */
type DeliveryOfEntry = Pick<Delivery, 'id' | 'state' | 'url' | 'mode' | 'createdAt'> & {
  content?: { value?: ArticleRef } | null
  bundle?: { article: ArticleRef; url?: string | null }[] | null
}

const titleOf = (ref: ArticleRef | undefined) => (ref !== undefined && typeof ref === 'object' ? ref.title : undefined)

function Link({ url, label }: { url: string | null | undefined; label: string }) {
  if (!url || !isHttpUrl(url)) return <span style={{ opacity: 0.6 }}>（还没有链接）</span>
  return (
    <a href={url} target="_blank" rel="noreferrer" data-article-link={label}>
      {url}
    </a>
  )
}

/** What became of a slot: its latest delivery's state and the link of every article of the push (头条, 次条 1…). */
export function EntryResult({ entryId }: { entryId: string | number }) {
  const [delivery, setDelivery] = useState<DeliveryOfEntry | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    void adminFetch<{ docs: DeliveryOfEntry[] }>(
      `/deliveries?where[calendarEntry][equals]=${encodeURIComponent(String(entryId))}&sort=-createdAt&limit=1&depth=1`,
      { signal: controller.signal },
    ).then((reply) => reply.ok && !controller.signal.aborted && setDelivery(reply.data.docs[0] ?? null))
    return () => controller.abort()
  }, [entryId])
  if (!delivery) return null
  return (
    <div data-entry-result style={{ marginTop: 8, fontSize: 13 }}>
      <div>
        发布记录：<strong data-delivery-state={delivery.state}>{deliveryStateLabel(delivery.state)}</strong>
        {delivery.mode ? ` · ${PUSH_MODE_LABELS[delivery.mode].zh}` : ''}
      </div>
      <ol style={{ margin: '4px 0', paddingLeft: 20 }}>
        <li>
          头条 {titleOf(delivery.content?.value) ?? ''} <Link url={delivery.url} label="头条" />
        </li>
        {(delivery.bundle ?? []).map((item, index) => (
          <li key={index}>
            次条 {index + 1} {titleOf(item.article) ?? ''} <Link url={item.url} label={`次条 ${index + 1}`} />
          </li>
        ))}
      </ol>
    </div>
  )
}
