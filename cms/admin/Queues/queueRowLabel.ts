/** A delivery as the queue dashboard reads it (depth 1: its content and account populated, null when gone). */
export type QueuedDelivery = {
  id: string | number
  content?: { relationTo: string; value: { id: string | number; title?: string | null } | string | number } | null
  account?: { id: string | number; name?: string | null } | string | number | null
}

export type QueueRowLabel = { title: string; account: string; href: string | null }

/**
 * What a queue row says: the item's title, the account and a link to the item (the delivery when the
 * item is gone), never "发布记录 3".
 */
export function queueRowLabel(args: {
  jobId: string
  deliveryId: string | number | null
  delivery: QueuedDelivery | undefined
}): QueueRowLabel {
  const { delivery } = args
  if (args.deliveryId === null) return { title: `任务 ${args.jobId}`, account: '', href: null }
  if (!delivery) return { title: '（这条发布记录已删除）', account: '', href: null }
  const value = delivery.content?.value
  const item = value !== null && typeof value === 'object' ? value : null
  const account = delivery.account !== null && typeof delivery.account === 'object' ? (delivery.account.name ?? '') : ''
  return {
    title: item?.title?.trim() || '（无标题）',
    account: account || '（账号已删除）',
    href:
      item && delivery.content
        ? `/admin/collections/${delivery.content.relationTo}/${item.id}`
        : `/admin/collections/deliveries/${delivery.id}`,
  }
}
